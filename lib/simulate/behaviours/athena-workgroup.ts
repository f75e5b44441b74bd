import type { Behaviour } from '../behaviour';
import { storeNode } from '../mechanisms/store';

/** An Athena workgroup: queries are not simulated, so no records pass through it. */
export const athenaWorkgroupBehaviour: Behaviour = {
  create: (node, ctx) => storeNode(node.id, ctx),
};
