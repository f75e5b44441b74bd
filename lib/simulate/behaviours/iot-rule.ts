import type { NodeOfKind } from '../../model';
import type { Behaviour } from '../behaviour';
import { storeNode } from '../mechanisms/store';

/** An IoT topic rule: each message goes to every action at once (Lambda is invoked asynchronously). */
export const iotRuleBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'iot-rule'>).config;
    return storeNode(node.id, ctx, config.traffic, ctx.outgoing(node.id, ['push', 'reads']));
  },
};
