'use client';
import { BLOCKED_RUNTIMES, DEPRECATED_RUNTIMES, LANGUAGES, languageOfRuntime, runtimeStatus, SUPPORTED_RUNTIMES } from '@/lib/model';
import type { CommitResult } from './field-control';

/** The runtime as the user thinks of it (a language), with the exact CloudFormation id beside it. */
export function RuntimePicker({ runtime, onCommit }: { runtime: string; onCommit(path: string, value: unknown): CommitResult }) {
  const language = languageOfRuntime(runtime);
  const status = runtimeStatus(runtime);
  const note = LANGUAGES.find((l) => l.language === language && l.runtime === runtime)?.note;
  const runtimesFor = (lang: string) => [
    ...SUPPORTED_RUNTIMES.filter((r) => languageOfRuntime(r) === lang),
    ...Object.keys(DEPRECATED_RUNTIMES).filter((r) => languageOfRuntime(r) === lang),
  ];
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
        {runtimesFor(language).includes(runtime) ? null : <option value={runtime}>{runtime} (unknown)</option>}
        {runtimesFor(language).map((r) => (
          <option key={r} value={r}>
            {r}
            {r in DEPRECATED_RUNTIMES ? ` (deprecated ${DEPRECATED_RUNTIMES[r]})` : ''}
          </option>
        ))}
      </select>
      <div className="field-hint">
        {status === 'deprecated' ? `Deprecated since ${DEPRECATED_RUNTIMES[runtime]}: choose a supported runtime. ` : ''}
        {status === 'blocked' ? `AWS blocks creating functions with it since ${BLOCKED_RUNTIMES[runtime].create}: choose a supported runtime. ` : ''}
        {note ? `${language}: ${note}.` : ''}
      </div>
    </div>
  );
}
