/** Positions for nodes that came without any: columns by depth along the edges, rows in order. */
export function layoutPositions(ids: string[], edges: { source: string; target: string }[]): Map<string, { x: number; y: number }> {
  const depth = new Map(ids.map((id) => [id, 0]));
  // Longest path, bounded so cycles (a function writing back to its trigger) end.
  for (let round = 0; round < ids.length; round++) {
    let changed = false;
    for (const e of edges) {
      const d = (depth.get(e.source) ?? 0) + 1;
      if (d > (depth.get(e.target) ?? 0) && d < ids.length) {
        depth.set(e.target, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rows = new Map<number, number>();
  const out = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const column = depth.get(id) ?? 0;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    out.set(id, { x: column * 280, y: row * 160 });
  }
  return out;
}
