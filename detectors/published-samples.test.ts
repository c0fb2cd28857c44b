import { expect, test } from 'vitest';
import { fake } from './fake';
import { scan } from './index';
import { PUBLISHED_SAMPLES } from './published-samples';

const f = fake(93);
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

test('every published sample is silent where a live value of its shape is found', () => {
  for (const { value: sample, source } of PUBLISHED_SAMPLES.exact) {
    expect(source).toMatch(/^https:\/\//);
    const text = `export CREDENTIAL_VALUE=${sample}`;
    expect(scan(text), source).toEqual([]);
    // The same shape with other characters is a live credential: the rules do see it.
    const live = sample
      .replace(/[a-z]/g, () => f.chars(1, 'lower'))
      .replace(/EXAMPLE(KEY)?/, (m) => f.chars(m.length, 'upper'));
    expect(scan(`export CREDENTIAL_VALUE=${live}`).length, `a look-alike of ${source}`).toBe(1);
  }
});

test('a token carrying a published sample payload is silent, whatever its header and signature', () => {
  for (const { value: payload, source } of PUBLISHED_SAMPLES.jwtPayloads) {
    expect(source).toMatch(/^https:\/\//);
    for (const alg of ['HS256', 'RS256', 'ES256']) {
      const header = b64url({ alg, typ: 'JWT' });
      const token = `${header}.${payload}.${f.chars(43, 'base64url')}`;
      expect(scan(`Authorization: Bearer ${token}`), source).toEqual([]);
    }
  }
  const live = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: f.chars(10, 'digits'), iat: 1700000000 })}.${f.chars(43, 'base64url')}`;
  expect(scan(`Authorization: Bearer ${live}`)).toHaveLength(1);
});
