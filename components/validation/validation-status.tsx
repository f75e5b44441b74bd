'use client';
import { openPanel } from '../side-panel/open-panel';
import { useEditorStore } from '../editor/store/editor-context';
import { countBySeverity, summaryText, worstSeverity } from './summary';
import { useValidation } from './validation-provider';

/** "✓ No problems" / "2 errors, 3 warnings" in the top bar; opens the Problems panel. */
export function ValidationStatus() {
  const store = useEditorStore();
  const { findings } = useValidation();
  const counts = countBySeverity(findings);
  const worst = worstSeverity(counts);
  return (
    <button
      type="button"
      className={`validation-status ${worst ?? 'ok'}`}
      data-testid="validation-status"
      title={`${summaryText(counts)}: show the Problems panel`}
      onClick={() => openPanel(store, 'problems')}
    >
      {summaryText(counts)}
    </button>
  );
}
