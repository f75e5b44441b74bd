'use client';
import { isoToday, LAMBDA_RUNTIMES, lambdaRuntime, LANGUAGES, languageOfRuntime, runtimeStatus } from '@/lib/model';
import type { CommitResult } from './field-control';

/** The runtime as the user thinks of it (a language), with the exact CloudFormation id beside it. */
export function RuntimePicker({ runtime, onCommit }: { runtime: string; onCommit(path: string, value: unknown): CommitResult }) {
  // The designer checks against the real day, as the validator it runs does.
  const today = isoToday();
  const language = languageOfRuntime(runtime);
  const status = runtimeStatus(runtime, today);
  const row = lambdaRuntime(runtime);
  const note = LANGUAGES.find((l) => l.language === language && l.runtime === runtime)?.note;
  // Blocked runtimes are not offered (a new function cannot use them); the current one stays listed.
  const runtimesFor = (lang: string) => LAMBDA_RUNTIMES.filter((r) => r.family === lang && runtimeStatus(r.id, today) !== 'blocked').map((r) => r.id);
  const label = (id: string) => {
    const r = lambdaRuntime(id);
    const s = runtimeStatus(id, today);
    if (s === 'blocked') return ' (blocked)';
    if (s === 'deprecated') return ` (deprecated ${r?.deprecation})`;
    return r?.preview ? ' (preview)' : '';
  };
  const options = runtimesFor(language);
  return (
    <div className="field runtime-picker" data-field="runtime">
      <label htmlFor="runtime-language">Language</label>
      <select
        id="runtime-language"
        value={LANGUAGES.some((l) => l.language === language) ? language : ''}
        onChange={(e) => {
          const choice = LANGUAGES.find((l) => l.language === e.target.value);
          if (choice) onCommit('runtime', choice.runtime);
        }}
      >
        {LANGUAGES.some((l) => l.language === language) ? null : <option value="">Other</option>}
        {[...new Set(LANGUAGES.map((l) => l.language))].map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <label htmlFor="field-runtime">Runtime</label>
      <select id="field-runtime" value={runtime} onChange={(e) => onCommit('runtime', e.target.value)}>
        {options.includes(runtime) ? null : (
          <option value={runtime}>
            {runtime}
            {row ? label(runtime) : ' (unknown)'}
          </option>
        )}
        {options.map((r) => (
          <option key={r} value={r}>
            {r}
            {label(r)}
          </option>
        ))}
      </select>
      <div className="field-hint">
        {status === 'deprecated' ? `Deprecated since ${row?.deprecation}: choose a supported runtime. ` : ''}
        {status === 'blocked' ? `AWS blocks creating functions with it since ${row?.blockCreate}: choose a supported runtime. ` : ''}
        {note ? `${language}: ${note}.` : ''}
      </div>
    </div>
  );
}
