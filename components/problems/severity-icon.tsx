import type { Severity } from '@/lib/validate';

const GLYPH: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };
const WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** The severity as a coloured glyph plus its word, so colour is never the only cue. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <span className={`severity-icon ${severity}`}>
      <span aria-hidden="true" className="severity-glyph">
        {GLYPH[severity]}
      </span>
      <span className="severity-word">{WORD[severity]}</span>
    </span>
  );
}
