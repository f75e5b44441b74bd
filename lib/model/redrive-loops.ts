import type { PipelineGraph } from './graph';

/**
 * The dead-letter edges that close a loop: a queue that is its own dead-letter queue, or
 * queues whose dead-letter queues lead back to them. SQS would move a failing message round
 * the loop instead of keeping it, and CloudFormation cannot create the queues at all (each
 * RedrivePolicy needs the other queue's ARN first: a circular dependency).
 * An edge u -> v is in a loop when u and v are in the same strongly connected component of
 * the dead-letter graph (Tarjan's algorithm, iterative so a long chain cannot overflow the stack).
 */
export function redriveLoopEdges(graph: PipelineGraph): Set<string> {
  const edges = graph.pipeline.edges.filter((e) => graph.connection(e)?.meaning === 'dead-letter');
  const next = new Map<string, string[]>();
  for (const e of edges) (next.get(e.source) ?? next.set(e.source, []).get(e.source)!).push(e.target);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let components = 0;
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; child: number }[] = [{ node: start, child: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const children = next.get(frame.node) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++];
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, child: 0 });
        } else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        for (;;) {
          const member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
          if (member === frame.node) break;
        }
        components++;
      }
    }
  }
  return new Set(edges.filter((e) => component.get(e.source) === component.get(e.target)).map((e) => e.id));
}
