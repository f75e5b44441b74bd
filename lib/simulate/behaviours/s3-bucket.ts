import type { NodeOfKind } from '../../model';
import type { Behaviour } from '../behaviour';
import { storeNode } from '../mechanisms/store';

/**
 * An S3 bucket: each object is one record, stored at once. Event notifications (to Lambda,
 * SQS, SNS) send a copy of each new object along every push edge; key filters and lifecycle
 * expiry are not simulated.
 */
export const s3BucketBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'s3-bucket'>).config;
    return storeNode(node.id, ctx, config.traffic, ctx.outgoing(node.id, ['push']));
  },
};
