import { describe, expect, it } from 'vitest';
import { checkRunSettings } from '../run-settings-form';

describe('checkRunSettings', () => {
  it('accepts the defaults and the edges of the ranges', () => {
    expect(checkRunSettings({ seconds: 3600, stepSeconds: 1, seed: 1 })).toEqual({});
    expect(checkRunSettings({ seconds: 7 * 86400, stepSeconds: 60, seed: 0 })).toEqual({});
    expect(checkRunSettings({ seconds: 600, stepSeconds: 0.1, seed: 0 })).toEqual({});
  });

  it('states the allowed range and the value found', () => {
    expect(checkRunSettings({ seconds: 3600, stepSeconds: 0.05, seed: 1 }).stepSeconds).toBe('The step must be between 0.1 and 60 seconds; it is 0.05.');
    expect(checkRunSettings({ seconds: 8 * 86400, stepSeconds: 1, seed: 1 }).seconds).toBe('The duration must be more than 0 and at most 7 days (10,080 minutes); it is 11,520 minutes (8 d).');
    expect(checkRunSettings({ seconds: -300, stepSeconds: 1, seed: 1 }).seconds).toBe('The duration must be more than 0 and at most 7 days (10,080 minutes); it is -5 minutes.');
    expect(checkRunSettings({ seconds: Number.NaN, stepSeconds: 1, seed: 1 }).seconds).toContain('it is empty');
    expect(checkRunSettings({ seconds: 30, stepSeconds: 45, seed: 1 }).stepSeconds).toBe('The step (45 s) is longer than the run (30 s).');
    expect(checkRunSettings({ seconds: 60, stepSeconds: 1, seed: 1.5 }).seed).toBe('The seed must be a whole number of 0 or more; it is 1.5.');
  });
});
