'use client';
import { useId, useMemo, useRef, useState } from 'react';
import type { Pipeline } from '@/lib/model';
import type { Finding, FixAction, Severity } from '@/lib/validate';
import { validateLoaded } from '@/lib/validate/loaded';
import { loadedCostRules } from '../cost/cost-loader';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { countBySeverity, summaryText } from '../validation/summary';
import { useValidation } from '../validation/validation-provider';
import { elementNamer, filterProblems, findingKey, type ProblemSort, sortProblems } from './problem-list';
import { ProblemRow } from './problem-row';
import { SuppressDialog } from './suppress-dialog';
import { SuppressedSection } from './suppressed-section';
import { suppressOperation, unsuppressOperation } from './suppressions';
import { useRevealFinding } from './use-reveal-finding';
import './problems.css';

const SEVERITIES: { id: Severity; label: string }[] = [
  { id: 'error', label: 'Errors' },
  { id: 'warning', label: 'Warnings' },
  { id: 'info', label: 'Info' },
];

/**
 * Findings are not re-computed while nodes move, so a fix that adds a node (a dead-letter
 * queue...) would place it beside where its neighbour used to be: ask the validator again.
 */
function currentAction(pipeline: Pipeline, f: Finding): FixAction | undefined {
  if (!f.action?.changes.some((c) => c.type === 'add-node')) return f.action;
  const key = findingKey(f);
  return validateLoaded(pipeline, loadedCostRules()).findings.find((x) => findingKey(x) === key)?.action ?? f.action;
}

/** Every finding of the live validation: sort, filter, reveal, fix, suppress. */
export function ProblemsPanel() {
  const store = useEditorStore();
  const { findings, suppressed } = useValidation();
  const pipeline = useEditor((s) => s.pipeline);
  const reveal = useRevealFinding();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [sort, setSort] = useState<ProblemSort>('severity');
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const [text, setText] = useState('');
  const [suppressing, setSuppressing] = useState<Finding | null>(null);

  const nameOf = useMemo(() => elementNamer(pipeline), [pipeline]);
  const counts = countBySeverity(findings);
  const rows = useMemo(() => {
    const severities = new Set(SEVERITIES.map((s) => s.id).filter((s) => !hidden.has(s)));
    return sortProblems(filterProblems(findings, { severities, text }, nameOf), sort, nameOf);
  }, [findings, hidden, text, sort, nameOf]);

  // The row the user acted on disappears: keep keyboard focus in the panel.
  const refocus = () => setTimeout(() => headingRef.current?.focus(), 0);

  const applyFix = (f: Finding) => {
    const state = store.getState();
    const action = currentAction(state.pipeline, f);
    if (!action) return;
    const result = state.apply(`Fix: ${action.label}`, action.changes, { origin: 'fix' });
    if (!result.ok) {
      state.notify(`Could not apply the fix "${action.label}": ${result.reason}`);
      return;
    }
    refocus();
  };

  const toggle = (severity: Severity) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  return (
    <section className="problems-panel" aria-labelledby={`${id}-title`}>
      <header className="problems-header">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          Problems
        </h2>
        <span className="problems-summary" data-testid="problems-summary">
          {summaryText(counts)}
        </span>
      </header>
      <div className="problems-controls">
        <div role="group" aria-label="Show severities" className="severity-toggles">
          {SEVERITIES.map((s) => (
            <button key={s.id} type="button" className={`severity-toggle ${s.id}`} aria-pressed={!hidden.has(s.id)} onClick={() => toggle(s.id)}>
              {s.label} ({counts[s.id]})
            </button>
          ))}
        </div>
        <div className="problems-filter-row">
          <input type="search" aria-label="Filter problems" placeholder="Filter by text…" value={text} onChange={(e) => setText(e.target.value)} />
          <label className="problems-sort">
            Sort by{' '}
            <select value={sort} onChange={(e) => setSort(e.target.value as ProblemSort)}>
              <option value="severity">Severity</option>
              <option value="element">Element</option>
            </select>
          </label>
        </div>
      </div>
      {findings.length === 0 ? (
        <p className="problems-empty">✓ No problems found. Every rule passes{suppressed.length ? ' (apart from the suppressed ones below)' : ''}.</p>
      ) : rows.length === 0 ? (
        <p className="problems-empty">No problem matches the filter.</p>
      ) : (
        <ul className="problem-list" aria-label="Problems">
          {rows.map((f) => (
            <ProblemRow
              key={findingKey(f)}
              finding={f}
              elementName={nameOf(f)}
              onReveal={() => reveal(f)}
              onApplyFix={() => applyFix(f)}
              onSuppress={() => setSuppressing(f)}
            />
          ))}
        </ul>
      )}
      <SuppressedSection
        suppressed={suppressed}
        nameOf={nameOf}
        onUnsuppress={(f) => {
          store.getState().apply(`Unsuppress ${f.rule}`, [unsuppressOperation(f)]);
          refocus();
        }}
      />
      <SuppressDialog
        finding={suppressing}
        elementName={suppressing ? nameOf(suppressing) : ''}
        onCancel={() => setSuppressing(null)}
        onConfirm={(reason) => {
          const f = suppressing;
          setSuppressing(null);
          if (!f) return;
          store.getState().apply(`Suppress ${f.rule}`, [suppressOperation(f, reason)]);
          refocus();
        }}
      />
    </section>
  );
}
