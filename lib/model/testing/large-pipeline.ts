import { checkConnection, type EdgeRole } from '../connections';
import type { KindId } from '../kind';
import { parsePipeline } from '../parse';
import { CURRENT_VERSION, FORMAT_ID, type Pipeline } from '../pipeline';

/**
 * A big, realistic, *valid* pipeline for benchmarks and scale tests: many small flows of the
 * shapes people really draw (stream → function → index, queue → worker → bucket with a
 * failure queue, lake → crawler → catalog → Athena...), laid out on a grid, plus links
 * between neighbouring flows until there are about `edgesPerNode` edges per node.
 * Deterministic: the same options always give the same document (no Math.random).
 */

interface ChainStep {
  kind: KindId;
  /** The part of the name after the flow's prefix, e.g. "stream" → "orders-3-stream". */
  suffix: string;
}

interface ChainTemplate {
  prefix: string;
  steps: readonly ChainStep[];
  /** Edges inside the flow, as step indexes; consecutive steps are linked unless listed otherwise. */
  links?: readonly { from: number; to: number; role?: EdgeRole }[];
}

const step = (kind: KindId, suffix: string): ChainStep => ({ kind, suffix });

/** The flows the generator repeats. Every link is checked with `checkConnection` at build time. */
export const LARGE_PIPELINE_TEMPLATES: readonly ChainTemplate[] = [
  { prefix: 'clicks', steps: [step('kinesis-stream', 'stream'), step('lambda-function', 'enricher'), step('opensearch-domain', 'search')] },
  {
    prefix: 'orders',
    steps: [step('sqs-queue', 'queue'), step('lambda-function', 'worker'), step('s3-bucket', 'archive'), step('sqs-queue', 'failures')],
    links: [{ from: 0, to: 1 }, { from: 1, to: 2 }, { from: 1, to: 3, role: 'on-failure' }],
  },
  {
    prefix: 'lake',
    steps: [step('s3-bucket', 'raw'), step('glue-crawler', 'crawler'), step('glue-database', 'catalog'), step('athena-workgroup', 'analysts')],
  },
  { prefix: 'nightly', steps: [step('schedule', 'schedule'), step('glue-job', 'etl'), step('redshift-cluster', 'warehouse')] },
  { prefix: 'telemetry', steps: [step('iot-rule', 'rule'), step('firehose', 'delivery'), step('s3-bucket', 'landing')] },
  { prefix: 'uploads', steps: [step('api-gateway', 'api'), step('lambda-function', 'handler'), step('dynamodb-table', 'table')] },
  { prefix: 'events', steps: [step('sns-topic', 'topic'), step('sqs-queue', 'subscriber'), step('lambda-function', 'consumer'), step('rds-database', 'db')] },
  { prefix: 'metrics', steps: [step('kinesis-stream', 'stream'), step('firehose', 'firehose'), step('s3-bucket', 'store')] },
];

export interface LargePipelineOptions {
  /** How many nodes (exactly). */
  nodes: number;
  /** Target edges per node; the result has round(nodes × edgesPerNode) edges when the flows allow it. */
  edgesPerNode?: number;
  /** Grid spacing in canvas pixels (a node is 200 wide). */
  spacing?: { x: number; y: number };
  /** Changes which neighbouring flows get linked, for a different graph of the same size. */
  seed?: number;
}

/** A small, fast, seedable PRNG (mulberry32): deterministic across runtimes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DraftNode {
  id: string;
  kind: KindId;
  name: string;
  chain: number;
}

interface DraftEdge {
  id: string;
  source: string;
  target: string;
  role: EdgeRole;
}

export function largePipeline(options: LargePipelineOptions): Pipeline {
  const { nodes: count, edgesPerNode = 1.2, spacing = { x: 260, y: 140 }, seed = 1 } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`largePipeline needs a whole number of nodes of at least 1, got ${count}`);
  const random = prng(seed);
  const nodes: DraftNode[] = [];
  const edges: DraftEdge[] = [];
  const chains: DraftNode[][] = [];
  const linked = new Set<string>();
  const addEdge = (source: DraftNode, target: DraftNode, role: EdgeRole = 'data') => {
    const key = `${source.id}>${target.id}`;
    if (linked.has(key) || source.id === target.id || !checkConnection(source.kind, target.kind, role).ok) return false;
    linked.add(key);
    edges.push({ id: `e${edges.length}`, source: source.id, target: target.id, role });
    return true;
  };

  // Flows, cut short at the end so the node count is exact.
  for (let c = 0; nodes.length < count; c++) {
    const template = LARGE_PIPELINE_TEMPLATES[c % LARGE_PIPELINE_TEMPLATES.length];
    const steps = template.steps.slice(0, count - nodes.length);
    const chain = steps.map((s) => {
      const node: DraftNode = { id: `n${nodes.length}`, kind: s.kind, name: `${template.prefix}-${c + 1}-${s.suffix}`, chain: c };
      nodes.push(node);
      return node;
    });
    chains.push(chain);
    const links: ChainTemplate['links'] = template.links ?? steps.slice(1).map((_, i) => ({ from: i, to: i + 1 }));
    for (const l of links ?? []) if (chain[l.from] && chain[l.to]) addEdge(chain[l.from], chain[l.to], l.role);
  }

  // Links between nearby flows (a function also writing to the next flow's topic, a crawler
  // also scanning a neighbour's bucket...) until the target edge count is reached.
  const wanted = Math.round(count * edgesPerNode);
  const candidates: [DraftNode, DraftNode][] = [];
  chains.forEach((chain, c) => {
    for (let d = 1; d <= 3 && c + d < chains.length; d++) {
      for (const s of chain) for (const t of chains[c + d]) if (checkConnection(s.kind, t.kind).ok) candidates.push([s, t]);
    }
  });
  // Fisher-Yates with the seeded PRNG: spreads the extra links over the whole graph.
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  for (const [s, t] of candidates) {
    if (edges.length >= wanted) break;
    addEdge(s, t);
  }

  // Grid: flows packed left to right in rows, never split across rows; about as wide as a screen is.
  const columns = Math.max(4, Math.ceil(Math.sqrt(count * (spacing.y / spacing.x) * 1.6)));
  const positions = new Map<string, { x: number; y: number }>();
  let row = 0;
  let col = 0;
  for (const chain of chains) {
    if (col > 0 && col + chain.length > columns) {
      row++;
      col = 0;
    }
    chain.forEach((n, i) => positions.set(n.id, { x: (col + i) * spacing.x, y: row * spacing.y }));
    col += chain.length;
  }

  const raw = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    name: `large-pipeline-${count}`,
    nodes: nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name, position: positions.get(n.id), config: {} })),
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target, config: e.role === 'on-failure' ? { role: 'on-failure' } : {} })),
  };
  const parsed = parsePipeline(raw);
  if (!parsed.ok) throw new Error(`largePipeline made an invalid pipeline: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.pipeline;
}
