import type { NodeOfKind } from '../../model';
import type { Behaviour } from '../behaviour';
import { storeNode } from '../mechanisms/store';

/** An SNS topic: every message is fanned out at once, a copy to each subscription (Lambda invoked asynchronously, SQS). */
export const snsTopicBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'sns-topic'>).config;
    return storeNode(node.id, ctx, config.traffic, ctx.outgoing(node.id, ['push']));
  },
};
