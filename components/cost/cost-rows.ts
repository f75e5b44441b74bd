import type { CostEstimate, CostLine } from '@/lib/cost';
import type { KindId, Pipeline } from '@/lib/model';

export type SortKey = 'name' | 'design' | 'simulation';

export interface CostRow {
  id: string;
  name: string;
  kind: KindId;
  design: number;
  /** Undefined without a simulation estimate (or a node the run did not have). */
  simulation?: number;
  /** The design's lines, each with the simulation's figure for the same item when it has one. */
  lines: (CostLine & { simulation?: number })[];
}

/**
 * One row per service of the design, its lines beside the simulation's. Both estimates price a
 * node with the same code, so a node's lines come in the same order; a line is matched by its
 * position and unit, and left blank where they differ.
 */
export function costRows(pipeline: Pipeline, design: CostEstimate, simulation: CostEstimate | null): CostRow[] {
  return pipeline.nodes.flatMap((node) => {
    const d = design.nodes[node.id];
    if (!d) return [];
    const s = simulation?.nodes[node.id];
    return [
      {
        id: node.id,
        name: node.name,
        kind: node.kind,
        design: d.monthly,
        ...(s ? { simulation: s.monthly } : {}),
        lines: d.lines.map((line, i) => {
          const other = s?.lines[i];
          return other && other.unit === line.unit ? { ...line, simulation: other.monthly } : line;
        }),
      },
    ];
  });
}

/** Services sorted by name, or by a column's monthly figure (rows without one last), ties by name. */
export function sortRows(rows: readonly CostRow[], key: SortKey, descending: boolean): CostRow[] {
  const sign = descending ? -1 : 1;
  const value = (r: CostRow) => (key === 'design' ? r.design : r.simulation);
  return [...rows].sort((a, b) => {
    if (key !== 'name') {
      const va = value(a);
      const vb = value(b);
      if (va === undefined || vb === undefined) {
        if (va !== vb) return va === undefined ? 1 : -1;
      } else if (va !== vb) return sign * (va - vb);
      return a.name.localeCompare(b.name);
    }
    return sign * a.name.localeCompare(b.name);
  });
}
