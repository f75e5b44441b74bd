import { buildGraph, type ConnectionMeaning, eventSourceMappingSettings, type Pipeline, type PipelineEdge, type PipelineGraph, type PipelineNode } from '../model';
import { firingsBetween, parseSchedule } from '../simulate/schedule-expression';
import { shardsOf } from '../validate/facts/lambda-load';
import { SECONDS_PER_MONTH } from './prices';

/** Edges along which records travel in steady state (failure paths carry none without failures). */
const CARRIES_RECORDS: readonly ConnectionMeaning[] = ['push', 'writes', 'delivers', 'event-source-mapping', 'reads'];
const DEFAULT_RECORD_BYTES = 1024;

export interface Flow {
  graph: PipelineGraph;
  /** Records per second arriving at each node, steady state. */
  rate: Map<string, number>;
  /** Average record size arriving at each node. */
  bytes: Map<string, number>;
  /** Schedule firings per month of each schedule node (and of a Glue job's own schedule). */
  firings(node: PipelineNode): number;
}

function ownRate(node: PipelineNode): { rate: number; bytes: number } | undefined {
  const t = (node.config as { traffic?: { recordsPerSecond: number; avgRecordBytes: number } }).traffic;
  return t && t.recordsPerSecond > 0 ? { rate: t.recordsPerSecond, bytes: t.avgRecordBytes } : undefined;
}

/** Firings in one 730-hour month of a schedule expression (0 when it does not parse). */
export function firingsPerMonth(expression: string | undefined): number {
  if (!expression) return 0;
  const parsed = parseSchedule(expression);
  if (!parsed.ok) return 0;
  // A rate fires month / period times (the simulator's first firing waits one period); a cron
  // fires on its calendar over the month's 730 hours from midnight.
  if (parsed.schedule.kind === 'rate') return SECONDS_PER_MONTH / parsed.schedule.seconds;
  return firingsBetween(parsed.schedule, 0, SECONDS_PER_MONTH);
}

/**
 * Steady-state rates: each node receives what the nodes feeding it pass on (every node passes
 * on what it receives) plus its own traffic. Nodes are visited sources first; an edge that
 * closes a loop adds nothing (a loop's steady state is unbounded, the validator reports it).
 */
export function steadyFlow(pipeline: Pipeline): Flow {
  const graph = buildGraph(pipeline);
  const rate = new Map<string, number>();
  const bytes = new Map<string, number>();
  const done = new Set<string>();
  const carries = (e: PipelineEdge) => {
    const m = graph.connection(e)?.meaning;
    return m !== undefined && CARRIES_RECORDS.includes(m);
  };
  const visit = (node: PipelineNode, stack: Set<string>) => {
    if (done.has(node.id)) return;
    stack.add(node.id);
    const own = ownRate(node);
    let r = own?.rate ?? 0;
    let b = own ? own.rate * own.bytes : 0;
    for (const e of graph.incoming(node.id)) {
      if (!carries(e) || stack.has(e.source)) continue;
      const source = graph.node(e.source);
      if (!source) continue;
      visit(source, stack);
      const sr = rate.get(source.id) ?? 0;
      r += sr;
      // A bucket's notification carries the event (about 1 KB), not the object it announces.
      const notification = source.kind === 's3-bucket' && graph.connection(e)?.meaning === 'push';
      b += sr * (notification ? DEFAULT_RECORD_BYTES : (bytes.get(source.id) ?? DEFAULT_RECORD_BYTES));
    }
    stack.delete(node.id);
    rate.set(node.id, r);
    bytes.set(node.id, r > 0 ? b / r : DEFAULT_RECORD_BYTES);
    done.add(node.id);
  };
  for (const node of pipeline.nodes) visit(node, new Set());
  return {
    graph,
    rate,
    bytes,
    firings: (node) => {
      if (node.kind === 'schedule') return node.config.enabled ? firingsPerMonth(node.config.expression) : 0;
      return 0;
    },
  };
}

/**
 * Invocations per second one event source mapping makes. Lambda polls each shard (and an SQS
 * queue) about once a second, or once per batching window, and invokes with what it found, at
 * most a batch: so a full batch when records outrun the batch size, else one per poll.
 */
export function mappingInvocationsPerSecond(flow: Flow, edge: PipelineEdge): number {
  const source = flow.graph.node(edge.source);
  if (!source) return 0;
  const rate = flow.rate.get(source.id) ?? 0;
  if (rate <= 0) return 0;
  const esm = eventSourceMappingSettings(source.kind, edge.config);
  const lanes = shardsOf(source);
  const perLane = rate / lanes;
  const pollsPerSecond = 1 / Math.max(1, esm.batchingWindowSeconds);
  return lanes * Math.max(perLane / esm.batchSize, Math.min(perLane, pollsPerSecond));
}
