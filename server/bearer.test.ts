import { describe, expect, it } from 'vitest';
import { bearerCheck } from './bearer';

describe('bearerCheck', () => {
  const token = ['t', 'k'.repeat(20)].join('');

  it('accepts the token with either case of the scheme, and nothing near it', () => {
    const check = bearerCheck(token);
    expect(check(`Bearer ${token}`)).toBe(true);
    expect(check(`BEARER ${token}`)).toBe(true);
    for (const header of [
      undefined,
      '',
      token,
      `Basic ${token}`,
      `Bearer ${token} `,
      `Bearer ${token.slice(1)}`,
      `Bearer ${token}x`,
      `Bearer ${token},Bearer ${token}`,
    ]) {
      expect(check(header)).toBe(false);
    }
  });

  it('accepts nothing when no token is configured', () => {
    const check = bearerCheck(undefined);
    expect(check('Bearer ')).toBe(false);
    expect(check('Bearer undefined')).toBe(false);
  });
});
