import { describe, expect, it } from 'vitest';
import { parseSchedule } from './schedule-expression';

const interval = (e: string) => {
  const r = parseSchedule(e);
  return r.ok ? r.minIntervalMinutes : r.reason;
};

describe('parseSchedule', () => {
  it('computes the shortest gap of rate expressions', () => {
    expect(interval('rate(1 minute)')).toBe(1);
    expect(interval('rate(5 minutes)')).toBe(5);
    expect(interval('rate(2 hours)')).toBe(120);
    expect(interval('rate(1 day)')).toBe(1440);
  });

  it('insists on singular for 1 and plural otherwise, and on known units', () => {
    expect(interval('rate(1 minutes)')).toBe('rate(1 minutes) must use the singular: rate(1 minute)');
    expect(interval('rate(5 minute)')).toBe('rate(5 minute) must use the plural: rate(5 minutes)');
    expect(interval('rate(0 minutes)')).toBe('rate value 0 must be at least 1 (the smallest rate is 1 minute)');
    expect(interval('rate(10 seconds)')).toMatch(/smallest rate is 1 minute/);
  });

  it('computes the shortest gap of cron expressions', () => {
    expect(interval('cron(* * * * ? *)')).toBe(1);
    expect(interval('cron(0/15 * * * ? *)')).toBe(15);
    expect(interval('cron(10-12 * * * ? *)')).toBe(1);
    expect(interval('cron(0 */2 * * ? *)')).toBe(120);
    expect(interval('cron(0 8,20 * * ? *)')).toBe(720);
    expect(interval('cron(0 3 * * ? *)')).toBe(1440);
    expect(interval('cron(0 12 ? * MON-FRI *)')).toBe(1440);
  });

  it('rejects malformed expressions with a reason', () => {
    expect(interval('every 5 minutes')).toBe('"every 5 minutes" is neither rate(...) nor cron(...)');
    expect(interval('cron(60 * * * ? *)')).toBe('cron minutes: "60" is outside minutes 0-59');
    expect(interval('cron(0 * * FOO ? *)')).toBe('cron month: "FOO" is not a valid month value');
    expect(interval('cron(0/0 * * * ? *)')).toBe('cron minutes: step "0" must be a whole number of at least 1');
  });
});
