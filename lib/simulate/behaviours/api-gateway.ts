import type { NodeOfKind } from '../../model';
import type { Behaviour } from '../behaviour';
import { storeNode } from '../mechanisms/store';

/**
 * API Gateway: each request goes to its integrations at once. It invokes Lambda synchronously
 * (the function's behaviour knows the caller): a throttled or failed call is returned to the client.
 */
export const apiGatewayBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'api-gateway'>).config;
    return storeNode(node.id, ctx, config.traffic, ctx.outgoing(node.id, ['push']));
  },
};
