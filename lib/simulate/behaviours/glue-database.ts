import type { Behaviour } from '../behaviour';
import { storeNode } from '../mechanisms/store';

/** A Data Catalog database: counts the objects its crawlers have catalogued. Catalog reads move no records. */
export const glueDatabaseBehaviour: Behaviour = {
  create: (node, ctx) => storeNode(node.id, ctx),
};
