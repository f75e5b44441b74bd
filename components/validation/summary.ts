import type { Finding, Severity } from '../../lib/validate';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function count(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

/** "✓ No problems", or "2 errors, 3 warnings, 1 info" (zero counts left out). */
export function summaryText(counts: SeverityCounts): string {
  const parts = [
    counts.error ? count(counts.error, 'error', 'errors') : '',
    counts.warning ? count(counts.warning, 'warning', 'warnings') : '',
    counts.info ? count(counts.info, 'info', 'info') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : '✓ No problems';
}

/** The worst severity present, for the status colour. */
export function worstSeverity(counts: SeverityCounts): Severity | undefined {
  if (counts.error) return 'error';
  if (counts.warning) return 'warning';
  if (counts.info) return 'info';
  return undefined;
}
