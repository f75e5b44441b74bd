'use client';
import type { ElementFindings } from './decorations';

export function severityClass(f: ElementFindings | undefined): string {
  if (!f) return '';
  if (f.errors) return 'has-error';
  if (f.warnings) return 'has-warning';
  if (f.infos) return 'has-info';
  return '';
}

/** The error/warning/info counts, with the messages on hover (title) for mouse and screen reader users. */
export function FindingsBadge({ findings }: { findings: ElementFindings | undefined }) {
  if (!findings || findings.errors + findings.warnings + findings.infos === 0) return null;
  const parts = [
    findings.errors ? `${findings.errors} error${findings.errors > 1 ? 's' : ''}` : '',
    findings.warnings ? `${findings.warnings} warning${findings.warnings > 1 ? 's' : ''}` : '',
    findings.infos ? `${findings.infos} info` : '',
  ].filter(Boolean);
  return (
    <span className={`findings-badge ${severityClass(findings)}`} title={findings.messages.join('\n')} aria-label={parts.join(', ')} role="img">
      {findings.errors ? <span className="count error">{findings.errors}</span> : null}
      {findings.warnings ? <span className="count warning">{findings.warnings}</span> : null}
      {findings.infos ? <span className="count info">{findings.infos}</span> : null}
    </span>
  );
}
