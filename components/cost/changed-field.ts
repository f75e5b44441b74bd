import type { Operation } from '@/lib/edit/operation';

/** The element and field a setting is shown under in the inspector; the pipeline's own fields use "pipeline". */
export const PIPELINE_ELEMENT = 'pipeline';

/**
 * The one setting an edit changed, as `${element}:${field}` (the key the inspector looks a cost
 * change up by), or null when the edit is not a single setting change (add, remove, paste, a
 * load): those have no one field to show a change beside.
 */
export function changedField(operations: readonly Operation[]): string | null {
  if (operations.length !== 1) return null;
  const op = operations[0];
  if (op.type === 'set-config' || op.type === 'unset-config') return `${op.id}:${op.field}`;
  if (op.type === 'set-info' && op.region !== undefined) return `${PIPELINE_ELEMENT}:region`;
  return null;
}
