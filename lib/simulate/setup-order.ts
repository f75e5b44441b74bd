import type { Pipeline } from '../model';

/**
 * Nodes in an order where sources come before what they feed (cycles broken in document order):
 * each time, the first node in document order that nothing unplaced feeds, or when a cycle leaves
 * none, the first node not yet placed. A heap of ready nodes by document index keeps this
 * O((nodes + edges) log nodes) (scanning the nodes and edges for each node was quadratic).
 */
export function stepOrder(pipeline: Pipeline): string[] {
  const ids = pipeline.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const indegree = new Int32Array(ids.length);
  const targets: number[][] = ids.map(() => []);
  for (const e of pipeline.edges) {
    if (e.source === e.target) continue;
    const to = index.get(e.target);
    if (to === undefined) continue;
    indegree[to]++;
    const from = index.get(e.source);
    if (from !== undefined) targets[from].push(to);
  }
  const placed = new Uint8Array(ids.length);
  const ready = new MinHeap();
  for (let i = 0; i < ids.length; i++) if (indegree[i] === 0) ready.push(i);
  const order: string[] = [];
  let firstUnplaced = 0;
  while (order.length < ids.length) {
    let next = ready.pop();
    if (next < 0) {
      while (placed[firstUnplaced]) firstUnplaced++;
      next = firstUnplaced;
    }
    placed[next] = 1;
    order.push(ids[next]);
    for (const to of targets[next]) if (!placed[to] && --indegree[to] === 0) ready.push(to);
  }
  return order;
}

/** A binary min-heap of node indexes; pop() gives -1 when empty. */
class MinHeap {
  private readonly items: number[] = [];
  push(value: number): void {
    const a = this.items;
    let i = a.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= value) break;
      a[i] = a[parent];
      i = parent;
    }
    a[i] = value;
  }
  pop(): number {
    const a = this.items;
    if (a.length === 0) return -1;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= a.length) break;
        if (child + 1 < a.length && a[child + 1] < a[child]) child++;
        if (a[child] >= last) break;
        a[i] = a[child];
        i = child;
      }
      a[i] = last;
    }
    return top;
  }
}

/** Record sizes flow from the sources' traffic downstream; a node nothing feeds uses 1 KB. */
export function recordSizes(pipeline: Pipeline, order: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  const byId = new Map(pipeline.nodes.map((n) => [n.id, n]));
  // Each node's sources, listed once (a scan of every edge for every node was quadratic).
  const sources = new Map<string, string[]>();
  for (const e of pipeline.edges) {
    const list = sources.get(e.target);
    if (list) list.push(e.source);
    else sources.set(e.target, [e.source]);
  }
  for (let pass = 0; pass < 3; pass++) {
    for (const id of order) {
      const config = byId.get(id)!.config as { traffic?: { recordsPerSecond: number; avgRecordBytes: number } };
      if (config.traffic && config.traffic.recordsPerSecond > 0) {
        sizes.set(id, config.traffic.avgRecordBytes);
        continue;
      }
      let size = 0;
      for (const source of sources.get(id) ?? []) size = Math.max(size, sizes.get(source) ?? 0);
      if (size > 0) sizes.set(id, size);
    }
  }
  return sizes;
}
