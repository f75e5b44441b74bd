import type { Pipeline } from '../model';
import type { SimulationResult } from '../simulate';
import { emptyActivity, type NodeActivity } from './activity';
import { alarmsOf, consumerBatchesPerMonth, fanOutConsumersOf, objectsWrittenPerMonth, readersOf } from './design';
import { steadyFlow } from './flow';
import { functionLogBytes, skeletonLines } from './logs';
import { SECONDS_PER_MONTH } from './prices';

/**
 * The simulation estimate's activity: what the run did (records received, Lambda invocations
 * with their retries and their simulated seconds, Glue runs), scaled from the simulated period
 * to a 730-hour month. Record sizes and Firehose flushes come from the design (the run counts
 * records, not bytes or objects).
 */
export function simulationActivity(pipeline: Pipeline, result: SimulationResult): NodeActivity[] {
  const flow = steadyFlow(pipeline);
  const scale = result.seconds > 0 ? SECONDS_PER_MONTH / result.seconds : 0;
  const received = (id: string) => (result.nodes[id]?.received ?? 0) * scale;
  return pipeline.nodes.map((node) => {
    const t = result.nodes[node.id];
    const a = emptyActivity();
    a.records = received(node.id);
    a.recordBytes = flow.bytes.get(node.id) ?? 1024;
    a.readers = readersOf(flow, node);
    // Alarms and consumers are resources, billed by the month whatever the run did.
    a.alarms = alarmsOf(flow, node);
    a.fanOutConsumers = fanOutConsumersOf(flow, node);
    if (t && (node.kind === 'lambda-function' || node.kind === 'glue-job' || node.kind === 'glue-crawler')) {
      a.invocations = t.invocations * scale;
      a.computeSeconds = t.computeSeconds * scale;
    }
    if (t && node.kind === 'lambda-function') {
      // A retried invocation handles (and logs) its batch again: items scale with invocations over first attempts.
      const firstAttempts = Math.max(1, t.invocations - t.retries);
      a.logBytes = functionLogBytes(node, a.invocations, a.records * (t.invocations / firstAttempts), a.recordBytes, skeletonLines(flow.graph, node));
    }
    if (node.kind === 'schedule') a.invocations = received(node.id);
    if (node.kind === 'sqs-queue') a.consumerBatches = consumedBatches(pipeline, result, node.id, scale, () => consumerBatchesPerMonth(flow, node));
    if (node.kind === 's3-bucket') a.objectsWritten = objectsWrittenPerMonth(flow, node, received, (id) => (result.nodes[id]?.invocations ?? 0) * scale);
    return { node, activity: a };
  });
}

/**
 * Batches the queue's consumers received: the invocations of each function it feeds (retries
 * included), shared by records when a function reads more than one queue. Without a consuming
 * function in the run, the design's figure.
 */
function consumedBatches(pipeline: Pipeline, result: SimulationResult, queueId: string, scale: number, design: () => number): number {
  const consumers = pipeline.edges.filter((e) => e.source === queueId && pipeline.nodes.find((n) => n.id === e.target)?.kind === 'lambda-function');
  if (consumers.length === 0) return design();
  let batches = 0;
  for (const e of consumers) {
    const fn = result.nodes[e.target];
    if (!fn) continue;
    const feeders = pipeline.edges.filter((f) => f.target === e.target);
    const fromHere = feeders.length <= 1 ? 1 : (result.nodes[queueId]?.processed ?? 0) / Math.max(1, fn.received);
    batches += fn.invocations * Math.min(1, fromHere) * scale;
  }
  return batches;
}
