import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceClock, INITIAL_CLOCK, pauseClock, playClock, sampleIndexAt, seekClock, stepClock } from '../playback-clock';

const times = [0, 10, 20, 30, 40];

describe('advanceClock', () => {
  it('moves simulated time by wall time × speed while playing', () => {
    const clock = { time: 0, playing: true, speed: 60 };
    expect(advanceClock(clock, 100, 40).time).toBeCloseTo(6);
  });

  it('does nothing while paused', () => {
    const clock = { time: 5, playing: false, speed: 60 };
    expect(advanceClock(clock, 1000, 40)).toBe(clock);
  });

  it('stops at the end of the run', () => {
    const next = advanceClock({ time: 35, playing: true, speed: 60 }, 1000, 40);
    expect(next).toEqual({ time: 40, playing: false, speed: 60 });
  });
});

describe('play, pause, step and seek', () => {
  it('plays again from the start once at the end', () => {
    expect(playClock({ time: 40, playing: false, speed: 10 }, times)).toEqual({ time: 0, playing: true, speed: 10 });
    expect(playClock({ time: 12, playing: false, speed: 10 }, times).time).toBe(12);
  });

  it('pauses', () => {
    expect(pauseClock({ ...INITIAL_CLOCK, playing: true }).playing).toBe(false);
  });

  it('steps one sample forward and pauses, staying on the last one', () => {
    expect(stepClock({ time: 12, playing: true, speed: 1 }, times)).toEqual({ time: 20, playing: false, speed: 1 });
    expect(stepClock({ time: 40, playing: false, speed: 1 }, times).time).toBe(40);
  });

  it('keeps a seek within the run', () => {
    expect(seekClock(INITIAL_CLOCK, 99, times).time).toBe(40);
    expect(seekClock(INITIAL_CLOCK, -5, times).time).toBe(0);
    expect(seekClock(INITIAL_CLOCK, 0, times)).toBe(INITIAL_CLOCK);
  });
});

describe('sampleIndexAt', () => {
  it('finds the last sample at or before a time', () => {
    expect(sampleIndexAt(times, 0)).toBe(0);
    expect(sampleIndexAt(times, 19.9)).toBe(1);
    expect(sampleIndexAt(times, 20)).toBe(2);
    expect(sampleIndexAt(times, 1000)).toBe(4);
    expect(sampleIndexAt([], 3)).toBe(0);
  });

  it('agrees with a linear scan on any sorted times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: -10, max: 1100 }), (raw, t) => {
        const sorted = [...new Set(raw)].sort((a, b) => a - b);
        let expected = 0;
        sorted.forEach((x, i) => {
          if (x <= t) expected = i;
        });
        expect(sampleIndexAt(sorted, t)).toBe(expected);
      }),
    );
  });
});
