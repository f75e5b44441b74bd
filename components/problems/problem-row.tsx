'use client';
import type { MouseEvent } from 'react';
import type { Finding } from '@/lib/validate';
import { SeverityIcon } from './severity-icon';

interface Props {
  finding: Finding;
  elementName: string;
  onReveal(): void;
  onApplyFix(): void;
  onSuppress(): void;
}

/**
 * One problem. The main button reveals it (click or Enter); the rule id links to the AWS
 * page the limit comes from; the fix and suppression are separate buttons.
 */
export function ProblemRow({ finding, elementName, onReveal, onApplyFix, onSuppress }: Props) {
  // A click anywhere on the row that is not on a link or another button reveals too.
  const onRowClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    onReveal();
  };
  return (
    // The row's own click is a larger mouse target; the button inside is the keyboard path.
    <li className={`problem ${finding.severity}`} onClick={onRowClick} data-rule={finding.rule}>
      <button type="button" className="problem-reveal" onClick={onReveal} title="Select it on the canvas and open the field in the inspector">
        <span className="problem-head">
          <SeverityIcon severity={finding.severity} />
          <span className="problem-element">{elementName}</span>
        </span>
        <span className="problem-message">{finding.message}</span>
        {finding.fix ? <span className="problem-fix">Fix: {finding.fix}</span> : null}
      </button>
      <div className="problem-actions">
        <a className="problem-rule" href={finding.docsUrl} target="_blank" rel="noreferrer" title={`${finding.title}: AWS documentation`}>
          {finding.rule}
        </a>
        {finding.action ? (
          <button type="button" className="primary" onClick={onApplyFix}>
            Apply fix: {finding.action.label}
          </button>
        ) : null}
        <button type="button" onClick={onSuppress}>
          Suppress…
        </button>
      </div>
    </li>
  );
}
