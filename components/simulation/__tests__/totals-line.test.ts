import { describe, expect, it } from 'vitest';
import { totalsLine } from '../totals-line';

describe('totalsLine', () => {
  it('says the totals add up when they do', () => {
    expect(totalsLine({ produced: 72_000, delivered: 72_000, inFlight: 0, dropped: 0 })).toBe('Delivered + in flight + dropped = 72,000 = produced.');
  });
  it('names fan-out as the reason for more than produced', () => {
    // 6,000 produced into an SNS topic with two queues subscribed: 12,000 delivered.
    expect(totalsLine({ produced: 6_000, delivered: 12_000, inFlight: 0, dropped: 0 })).toMatch(/^Delivered \+ in flight \+ dropped = 12,000: 6,000 more than produced, because records were copied on the way \(fan-out/);
  });
});
