'use client';
import type { Finding } from '@/lib/validate';
import { findingKey } from './problem-list';
import { SeverityIcon } from './severity-icon';

/** Suppressed findings stay visible (collapsed), each with its written reason and a way back. */
export function SuppressedSection({ suppressed, nameOf, onUnsuppress }: { suppressed: Finding[]; nameOf(f: Finding): string; onUnsuppress(f: Finding): void }) {
  if (!suppressed.length) return null;
  return (
    <details className="suppressed-section">
      <summary>Suppressed ({suppressed.length})</summary>
      <ul className="problem-list" aria-label="Suppressed problems">
        {suppressed.map((f) => (
          <li key={findingKey(f)} className={`problem suppressed ${f.severity}`} data-rule={f.rule}>
            <span className="problem-head">
              <SeverityIcon severity={f.severity} />
              <span className="problem-element">{nameOf(f)}</span>
            </span>
            <span className="problem-message">{f.message}</span>
            <span className="problem-reason">Reason: {f.suppressedReason}</span>
            <div className="problem-actions">
              <a className="problem-rule" href={f.docsUrl} target="_blank" rel="noreferrer" title={`${f.title}: AWS documentation`}>
                {f.rule}
              </a>
              <button type="button" onClick={() => onUnsuppress(f)}>
                Unsuppress
              </button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
