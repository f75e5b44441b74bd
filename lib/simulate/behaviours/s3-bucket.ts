import type { NodeOfKind, PipelineEdge } from '../../model';
import type { Behaviour } from '../behaviour';
import { storeNode } from '../mechanisms/store';

/**
 * Whether objects written along `write` may match the key filter of the notification `notify`.
 * Written keys start with the write's `writePrefix`; the notification fires for keys starting
 * with its `filterPrefix`. Only when neither prefix starts with the other can no written key
 * match: keys under "processed/" never match "incoming/", while keys under "incoming/sub/" do,
 * and keys under "in" may. A missing or empty prefix matches every key. A write prefix says
 * nothing about how keys end, so `filterSuffix` never rules a write out.
 */
export function writeMayNotify(write: PipelineEdge, notify: PipelineEdge): boolean {
  const written = write.config.writePrefix ?? '';
  const filter = notify.config.filterPrefix ?? '';
  return written.startsWith(filter) || filter.startsWith(written);
}

/**
 * An S3 bucket: records are stored at once, in objects: an upload (the bucket's own traffic)
 * or an IoT rule's S3 action is one object per record, a Firehose delivery or a function
 * invocation one object of many records (see NodeSim.receive). Crawlers list objects; readers
 * (Glue, EMR, COPY) read records. Event notifications (to Lambda,
 * SQS, SNS) send a copy of each new object along every push edge whose key prefix filter the
 * object may match: objects written along an edge with a `writePrefix` outside the filter
 * (see `writeMayNotify`) are stored without a notification. The bucket's own traffic (uploads
 * from outside) and writes without a prefix may match any filter, so they notify every push
 * edge. Suffix filters and lifecycle expiry are not simulated.
 */
export const s3BucketBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'s3-bucket'>).config;
    return storeNode(node.id, ctx, config.traffic, ctx.outgoing(node.id, ['push']), writeMayNotify);
  },
};
