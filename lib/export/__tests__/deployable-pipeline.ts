import type fc from 'fast-check';
import { buildGraph, fifoDeadLetterMismatches, s3NotificationOverlaps, type Pipeline } from '../../model';
import { arbitraryPipeline } from '../../model/testing/arbitrary-pipeline';

/**
 * A random valid pipeline the exporter accepts: the arbitrary draws designs that AWS would
 * refuse at deploy time (two unfiltered notifications of one bucket, a FIFO queue with a
 * standard dead-letter queue), which the export now refuses. This changes them as a user
 * following the rules' fixes would: each notification of such a bucket gets a prefix of its
 * own, a dead-letter queue takes its queue's type, and a dead-letter edge between queues of
 * two types that still disagree is removed.
 */
export function deployable(pipeline: Pipeline): Pipeline {
  const p = structuredClone(pipeline);
  for (const { bucket } of s3NotificationOverlaps(buildGraph(p))) {
    for (const e of p.edges) if (e.source === bucket.id && buildGraph(p).connection(e)?.meaning === 'push') e.config.filterPrefix = `${e.id}/`;
  }
  for (const { queue, dlq } of fifoDeadLetterMismatches(buildGraph(p))) {
    const node = p.nodes.find((n) => n.id === dlq.id);
    if (node?.kind === 'sqs-queue') node.config.fifo = queue.config.fifo;
  }
  const left = new Set(fifoDeadLetterMismatches(buildGraph(p)).map((m) => m.edge.id));
  p.edges = p.edges.filter((e) => !left.has(e.id));
  return p;
}

export function deployablePipeline(options: Parameters<typeof arbitraryPipeline>[0]): fc.Arbitrary<Pipeline> {
  return arbitraryPipeline(options).map(deployable);
}
