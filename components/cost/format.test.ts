import { describe, expect, it } from 'vitest';
import { formatDelta, formatUsd, shortUsd } from './format';

describe('cost figures', () => {
  it('shows the panel amounts in full, the canvas ones short', () => {
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(shortUsd(67.45)).toBe('$67.45/mo');
    expect(shortUsd(627.57)).toBe('$628/mo');
    expect(shortUsd(1841.69)).toBe('$1.84k/mo');
    expect(shortUsd(0)).toBe('$0/mo');
    expect(shortUsd(0.004)).toBe('<$0.01/mo');
  });

  it('signs a change, and calls float noise no change', () => {
    // One more shard: 730 shard-hours × $0.015 = $10.95 (https://aws.amazon.com/kinesis/data-streams/pricing/).
    expect(formatDelta(10.95)).toBe('+$10.95/month');
    expect(formatDelta(-212)).toBe('−$212.00/month');
    expect(formatDelta(0.30000000000000004 - 0.3)).toBe('no change in cost');
  });
});
