import type { Behaviour } from '../behaviour';
import { storeNode } from '../mechanisms/store';

/** An RDS database: rows written are stored; Glue, EMR and crawlers read what is new. Write capacity is not simulated. */
export const rdsDatabaseBehaviour: Behaviour = {
  create: (node, ctx) => storeNode(node.id, ctx),
};
