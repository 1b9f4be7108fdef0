// The progress bar's rate and ETA for the current stage.
import { describe, expect, it } from 'vitest';
import { rateAndEta } from '../../src/cli/progress.js';

describe('rateAndEta', () => {
  it.each([
    [{ at: 0, done: 0 }, 10_000, 250, 1000, ' 25.0/s ETA 30s'],
    [{ at: 0, done: 100 }, 2_000, 140, 10_000, ' 20.0/s ETA 8m13s'],
    [{ at: 0, done: 0 }, 4_000, 1000, 1000, ' 250/s'],
    [{ at: 0, done: 0 }, 300, 10, 100, ''],
    [{ at: 0, done: 5 }, 5_000, 5, 100, ''],
  ])('since %j, at %i ms with %i of %i done: %j', (since, now, done, total, expected) => {
    expect(rateAndEta(since, now, done, total)).toBe(expected);
  });
});
