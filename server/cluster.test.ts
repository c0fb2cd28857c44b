import { describe, expect, it } from 'vitest';
import { workerRateLimit } from './cluster';

describe('workerRateLimit', () => {
  it('gives each worker its share, so that together they stay within the limit', () => {
    expect(workerRateLimit({ rateLimitPerMinute: 60, rateLimitBurst: 61 }, 2)).toEqual({
      rateLimitPerMinute: 30,
      rateLimitBurst: 30,
    });
    expect(workerRateLimit({ rateLimitPerMinute: 60, rateLimitBurst: 60 }, 1)).toEqual({
      rateLimitPerMinute: 60,
      rateLimitBurst: 60,
    });
  });

  it('keeps the limit off, and never rounds a share down to nothing', () => {
    expect(workerRateLimit({ rateLimitPerMinute: 0, rateLimitBurst: 1 }, 4)).toMatchObject({
      rateLimitPerMinute: 0,
    });
    expect(workerRateLimit({ rateLimitPerMinute: 3, rateLimitBurst: 1 }, 4)).toEqual({
      rateLimitPerMinute: 1,
      rateLimitBurst: 1,
    });
  });
});
