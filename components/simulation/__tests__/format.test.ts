import { describe, expect, it } from 'vitest';
import { formatClock, formatCount, formatDuration, formatRate } from '../format';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [950, '950'],
    [999, '999'],
    [1000, '1k'],
    [12_400, '12.4k'],
    [12_449, '12.4k'],
    [123_456, '123k'],
    [999_950, '1M'],
    [3_140_000, '3.14M'],
    [2_500_000_000, '2.5B'],
    [1.5, '1.5'],
    [0.25, '0.25'],
    [0.001234, '0.0012'],
    [-12_400, '-12.4k'],
  ])('%d reads %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it('says infinity and not-a-number in words a reader recognises', () => {
    expect(formatCount(Infinity)).toBe('∞');
    expect(formatCount(Number.NaN)).toBe('–');
  });
});

describe('formatRate', () => {
  it('adds per second', () => {
    expect(formatRate(1234)).toBe('1.23k/s');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [4.25, '4.3 s'],
    [45, '45 s'],
    [95, '1 min 35 s'],
    [600, '10 min'],
    [3600, '1 h'],
    [3660, '1 h 1 min'],
    [90_061, '1 d 1 h'],
    [86_400 + 59, '1 d'],
  ])('%d s reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatClock', () => {
  it('pads hours, minutes and seconds, and counts days past one', () => {
    expect(formatClock(0)).toBe('00:00:00');
    expect(formatClock(3725.9)).toBe('01:02:05');
    expect(formatClock(90_000)).toBe('1d 01:00:00');
  });
});
