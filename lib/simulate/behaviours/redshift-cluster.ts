import type { NodeOfKind } from '../../model';
import type { Behaviour } from '../behaviour';
import { ingestSinkNode } from './ingest-sink-node';

/** A Redshift cluster loads at most maxLoadRecordsPerSecond (COPY from S3 reads new objects as they land); above that, records back up. */
export const redshiftClusterBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'redshift-cluster'>).config;
    return ingestSinkNode(node.id, ctx, config.maxLoadRecordsPerSecond, 'load capacity (maxLoadRecordsPerSecond)', ctx.incoming(node.id, ['reads']));
  },
};
