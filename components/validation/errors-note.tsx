'use client';
import { useEditorStore } from '../editor/store/editor-context';
import { plural } from '@/lib/validate/format';
import { openPanel } from '../side-panel/open-panel';
import { useValidation } from './validation-provider';

/**
 * A note above what a panel makes of the pipeline (its template, its simulation) when the
 * validator found errors: what that means there, and the way to the problems.
 */
export function ValidationErrorsNote({ consequence }: { consequence: string }) {
  const store = useEditorStore();
  const errors = useValidation().findings.filter((f) => f.severity === 'error').length;
  if (errors === 0) return null;
  return (
    <p className="validation-errors-note" role="note">
      This pipeline has {plural(errors, 'validation error')}: {consequence}{' '}
      <button type="button" className="link-button" onClick={() => openPanel(store, 'problems')}>
        Show problems
      </button>
    </p>
  );
}
