import { locatePath, outlineText, type TextLanguage, type TextRange } from '@/lib/text-locate';
import type { Selection } from '../editor/store/editor-store';

/** The logical ids of the resources the selected nodes and edges became, in template order of first mention. */
export function selectedResourceIds(
  selection: Selection,
  resourcesByNode: Record<string, string[]>,
  resourcesByEdge: Record<string, string[]>,
): string[] {
  const ids = [...selection.nodeIds.flatMap((id) => resourcesByNode[id] ?? []), ...selection.edgeIds.flatMap((id) => resourcesByEdge[id] ?? [])];
  return [...new Set(ids)];
}

/** Where each resource (a key under the template's top-level `Resources`) is written, key through last line. */
export function resourceRanges(text: string, language: TextLanguage, logicalIds: readonly string[]): { logicalId: string; range: TextRange }[] {
  if (!logicalIds.length) return [];
  const outline = outlineText(text, language);
  return logicalIds.flatMap((logicalId) => {
    const location = locatePath(outline, ['Resources', logicalId]);
    return location?.exact ? [{ logicalId, range: location.whole }] : [];
  });
}
