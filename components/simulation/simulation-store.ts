import { createStore } from 'zustand/vanilla';
import type { Pipeline } from '@/lib/model';
import { DEFAULT_OPTIONS } from '@/lib/simulate/options';
import { advanceClock, INITIAL_CLOCK, lastTime, pauseClock, type PlaybackClock, playClock, seekClock, stepClock } from './playback-clock';
import type { SimulationResult } from './simulation-types';

/** What the user asks for: the run's length, its step and its random seed. */
export interface RunSettings {
  seconds: number;
  stepSeconds: number;
  seed: number;
}

export type RunStatus =
  | { state: 'idle' }
  | { state: 'running'; runId: number; fraction: number }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

export interface SimulationState {
  settings: RunSettings;
  status: RunStatus;
  result: SimulationResult | null;
  /** The document the result was computed from, to tell when it went stale. */
  resultPipeline: Pipeline | null;
  clock: PlaybackClock;
}

export interface SimulationActions {
  setSettings(settings: Partial<RunSettings>): void;
  started(runId: number): void;
  progressed(runId: number, fraction: number): void;
  finished(runId: number, result: SimulationResult, pipeline: Pipeline): void;
  failed(runId: number, message: string): void;
  cancelled(): void;
  /** Another pipeline is open: its predecessor's result means nothing for it. */
  forget(): void;
  play(): void;
  pause(): void;
  stepOnce(): void;
  seek(time: number): void;
  setSpeed(speed: number): void;
  /** Wall-clock time passed while playing. */
  tick(elapsedMs: number): void;
}

export type SimulationStore = ReturnType<typeof createSimulationStore>;

export const DEFAULT_SETTINGS: RunSettings = { seconds: DEFAULT_OPTIONS.seconds, stepSeconds: DEFAULT_OPTIONS.stepSeconds, seed: DEFAULT_OPTIONS.seed };

/** Simulation state for one editor: pure transitions; the worker and timers live outside. */
export function createSimulationStore(settings: RunSettings = DEFAULT_SETTINGS) {
  return createStore<SimulationState & SimulationActions>()((set, get) => {
    const times = () => get().result?.series?.time ?? [];
    const withClock = (next: PlaybackClock) => {
      if (next !== get().clock) set({ clock: next });
    };
    const current = (runId: number) => {
      const s = get().status;
      return s.state === 'running' && s.runId === runId;
    };
    return {
      settings,
      status: { state: 'idle' },
      result: null,
      resultPipeline: null,
      clock: INITIAL_CLOCK,

      setSettings(patch) {
        set({ settings: { ...get().settings, ...patch } });
      },
      started(runId) {
        set({ status: { state: 'running', runId, fraction: 0 }, clock: pauseClock(get().clock) });
      },
      progressed(runId, fraction) {
        if (current(runId)) set({ status: { state: 'running', runId, fraction } });
      },
      finished(runId, result, pipeline) {
        if (!current(runId)) return;
        set({ status: { state: 'idle' }, result, resultPipeline: pipeline, clock: { ...get().clock, time: result.series?.time[0] ?? 0, playing: false } });
      },
      failed(runId, message) {
        if (current(runId)) set({ status: { state: 'failed', message } });
      },
      cancelled() {
        set({ status: { state: 'cancelled' } });
      },
      forget() {
        set({ status: { state: 'idle' }, result: null, resultPipeline: null, clock: INITIAL_CLOCK });
      },
      play() {
        if (times().length > 1) withClock(playClock(get().clock, times()));
      },
      pause() {
        withClock(pauseClock(get().clock));
      },
      stepOnce() {
        if (times().length) withClock(stepClock(get().clock, times()));
      },
      seek(time) {
        withClock(seekClock(get().clock, time, times()));
      },
      setSpeed(speed) {
        set({ clock: { ...get().clock, speed } });
      },
      tick(elapsedMs) {
        withClock(advanceClock(get().clock, elapsedMs, lastTime(times())));
      },
    };
  });
}
