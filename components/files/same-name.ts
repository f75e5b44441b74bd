/**
 * What tells pipelines of the same name apart in My pipelines: their order of creation
 * ("1 of 3") and when each was created, to the minute. Pipelines with a name of their own get nothing.
 */
export function sameNameNotes(rows: readonly { id: string; name: string; createdAt: number }[], formatDate: (ms: number) => string): Map<string, string> {
  const byName = new Map<string, { id: string; createdAt: number }[]>();
  for (const r of rows) {
    const key = r.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  const notes = new Map<string, string>();
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    [...group]
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .forEach((r, i) => notes.set(r.id, `same name: ${i + 1} of ${group.length}, created ${formatDate(r.createdAt)}`));
  }
  return notes;
}

export const createdAtText = (ms: number) => new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
