import { sampleIndexAt } from '@/lib/simulate/replay';

/**
 * Replaying a finished run: a position in simulated seconds that moves at `speed` simulated
 * seconds per wall-clock second while playing. Pure functions, so the rules (stop at the end,
 * play again from the start, one tick forward) are tested without timers.
 */
export interface PlaybackClock {
  /** Simulated seconds since the start of the run. */
  time: number;
  playing: boolean;
  /** Simulated seconds per wall-clock second. */
  speed: number;
}

export const PLAYBACK_SPEEDS = [1, 10, 60, 600, 3600] as const;

export const INITIAL_CLOCK: PlaybackClock = { time: 0, playing: false, speed: 60 };

/** Move the clock on by `elapsedMs` of wall-clock time; stops (and stays) at `end`. */
export function advanceClock(clock: PlaybackClock, elapsedMs: number, end: number): PlaybackClock {
  if (!clock.playing || elapsedMs <= 0) return clock;
  const time = clock.time + (elapsedMs / 1000) * clock.speed;
  if (time >= end) return { ...clock, time: end, playing: false };
  return { ...clock, time };
}

/** Start playing; from the end, start again at the beginning. */
export function playClock(clock: PlaybackClock, times: readonly number[]): PlaybackClock {
  const end = lastTime(times);
  return { ...clock, playing: true, time: clock.time >= end ? (times[0] ?? 0) : clock.time };
}

export function pauseClock(clock: PlaybackClock): PlaybackClock {
  return clock.playing ? { ...clock, playing: false } : clock;
}

/** Pause and move to the next sample (one tick). Stays on the last one. */
export function stepClock(clock: PlaybackClock, times: readonly number[]): PlaybackClock {
  const i = sampleIndexAt(times, clock.time);
  const next = Math.min(i + 1, times.length - 1);
  return { ...clock, playing: false, time: times[next] ?? 0 };
}

/** Jump to a time, kept within the run. */
export function seekClock(clock: PlaybackClock, time: number, times: readonly number[]): PlaybackClock {
  const start = times[0] ?? 0;
  const clamped = Math.min(Math.max(time, start), lastTime(times));
  return clamped === clock.time ? clock : { ...clock, time: clamped };
}

/** The sample shown at `time` (one definition for the canvas, the charts and the timeline). */
export { sampleIndexAt };

export function lastTime(times: readonly number[]): number {
  return times.length ? times[times.length - 1] : 0;
}
