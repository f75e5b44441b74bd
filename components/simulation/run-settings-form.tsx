'use client';
import { useEffect, useId, useState } from 'react';
import { MAX_SECONDS, MAX_STEP_SECONDS, MIN_STEP_SECONDS } from '@/lib/simulate/options';
import { formatCount, formatDuration } from './format';
import { useSimulation } from './simulation-context';

export const DURATION_PRESETS = [
  { seconds: 600, label: '10 min' },
  { seconds: 3600, label: '1 h' },
  { seconds: 6 * 3600, label: '6 h' },
  { seconds: 24 * 3600, label: '24 h' },
] as const;

export const STEP_RANGE = { min: MIN_STEP_SECONDS, max: MAX_STEP_SECONDS } as const;
export const MAX_DURATION_SECONDS = MAX_SECONDS;
/** Beyond this many steps a run takes long enough to deserve a word before it starts. */
const MANY_STEPS = 200_000;

export interface SettingsProblems {
  seconds?: string;
  stepSeconds?: string;
  seed?: string;
}

/** Messages state the allowed range and the value found. */
export function checkRunSettings(s: { seconds: number; stepSeconds: number; seed: number }): SettingsProblems {
  const problems: SettingsProblems = {};
  if (!(s.seconds > 0 && s.seconds <= MAX_DURATION_SECONDS))
    problems.seconds = `The duration must be more than 0 and at most 7 days (10,080 minutes); it is ${Number.isFinite(s.seconds) ? `${(Math.round((s.seconds / 60) * 1000) / 1000).toLocaleString('en-US')} minutes${s.seconds > 0 ? ` (${formatDuration(s.seconds)})` : ''}` : 'empty'}.`;
  if (!(s.stepSeconds >= STEP_RANGE.min && s.stepSeconds <= STEP_RANGE.max))
    problems.stepSeconds = `The step must be between ${STEP_RANGE.min} and ${STEP_RANGE.max} seconds; it is ${Number.isFinite(s.stepSeconds) ? s.stepSeconds : 'empty'}.`;
  else if (s.seconds > 0 && s.stepSeconds > s.seconds) problems.stepSeconds = `The step (${s.stepSeconds} s) is longer than the run (${s.seconds} s).`;
  if (!Number.isInteger(s.seed) || s.seed < 0) problems.seed = `The seed must be a whole number of 0 or more; it is ${Number.isFinite(s.seed) ? s.seed : 'empty'}.`;
  return problems;
}

/** Duration (presets and minutes), step and seed. Disabled while a run is in progress. */
export function RunSettingsForm({ disabled }: { disabled: boolean }) {
  const settings = useSimulation((s) => s.settings);
  const setSettings = useSimulation((s) => s.setSettings);
  const id = useId();
  const problems = checkRunSettings(settings);
  const steps = settings.stepSeconds > 0 ? Math.ceil(settings.seconds / settings.stepSeconds) : 0;

  return (
    <fieldset className="sim-settings" disabled={disabled}>
      <legend>Run</legend>
      <div className="sim-presets" role="group" aria-label="Duration presets">
        {DURATION_PRESETS.map((p) => (
          <button key={p.seconds} type="button" aria-pressed={settings.seconds === p.seconds} onClick={() => setSettings({ seconds: p.seconds })}>
            {p.label}
          </button>
        ))}
      </div>
      <div className="sim-fields">
        <NumberField
          id={`${id}-minutes`}
          label="Duration (minutes)"
          value={settings.seconds / 60}
          min={0.1}
          max={MAX_DURATION_SECONDS / 60}
          step="any"
          error={problems.seconds}
          onChange={(minutes) => setSettings({ seconds: minutes * 60 })}
        />
        <NumberField
          id={`${id}-step`}
          label="Step (seconds)"
          value={settings.stepSeconds}
          min={STEP_RANGE.min}
          max={STEP_RANGE.max}
          step="0.1"
          error={problems.stepSeconds}
          onChange={(stepSeconds) => setSettings({ stepSeconds })}
        />
        <NumberField id={`${id}-seed`} label="Seed" value={settings.seed} min={0} step="1" error={problems.seed} onChange={(seed) => setSettings({ seed })} />
      </div>
      {steps > MANY_STEPS && !problems.seconds && !problems.stepSeconds ? (
        <p className="field-hint">{formatCount(steps)} steps: a long run. A longer step makes it quicker.</p>
      ) : null}
    </fieldset>
  );
}

function NumberField(props: { id: string; label: string; value: number; min: number; max?: number; step: string; error?: string; onChange(value: number): void }) {
  const { id, label, value, min, max, step, error, onChange } = props;
  // The text as typed ("0.", "") stays until it parses; outside changes (a preset) replace it.
  const [draft, setDraft] = useState(() => shown(value));
  useEffect(() => {
    setDraft((d) => (Math.abs(parse(d) - value) < 1e-9 || (Number.isNaN(value) && Number.isNaN(parse(d))) ? d : shown(value)));
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={draft}
        min={min}
        max={max}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(parse(e.target.value));
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function shown(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toFixed(4))) : '';
}

function parse(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
