'use client';
import { formatClock } from './format';
import { lastTime, PLAYBACK_SPEEDS, sampleIndexAt } from './playback-clock';
import { useSimulation, useSimulationHandle } from './simulation-context';

/** Play / pause, one tick forward, speed, and the timeline scrubber over the run's samples. */
export function PlaybackControls({ times }: { times: readonly number[] }) {
  const clock = useSimulation((s) => s.clock);
  // Actions are stable functions: read once, no subscription.
  const actions = useSimulationHandle().store.getState();
  const end = lastTime(times);
  const index = sampleIndexAt(times, clock.time);
  const sampleStep = times.length > 1 ? times[1] - times[0] : 1;

  return (
    <div className="sim-playback" role="group" aria-label="Playback">
      <div className="sim-playback-buttons">
        <button type="button" className="primary" onClick={() => (clock.playing ? actions.pause() : actions.play())} aria-label={clock.playing ? 'Pause' : 'Play'}>
          <span aria-hidden="true">{clock.playing ? '❚❚' : '▶'}</span>
        </button>
        <button type="button" onClick={() => actions.stepOnce()} aria-label="Step one tick" disabled={index >= times.length - 1}>
          <span aria-hidden="true">▶❘</span>
        </button>
        <label className="sim-speed">
          <span>Speed</span>
          <select aria-label="Playback speed" value={clock.speed} onChange={(e) => actions.setSpeed(Number(e.target.value))}>
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}x
              </option>
            ))}
          </select>
        </label>
        <output className="sim-time" aria-label="Playback time">
          {formatClock(times[index] ?? 0)} / {formatClock(end)}
        </output>
      </div>
      <input
        type="range"
        className="sim-timeline"
        aria-label="Timeline"
        min={times[0] ?? 0}
        max={end}
        step={sampleStep > 0 ? sampleStep : 'any'}
        value={times[index] ?? 0}
        aria-valuetext={`${formatClock(times[index] ?? 0)} of ${formatClock(end)}`}
        onChange={(e) => actions.seek(Number(e.target.value))}
      />
    </div>
  );
}
