import type { NodeOfKind } from '../../model';
import type { Behaviour } from '../behaviour';
import { ingestSinkNode } from './ingest-sink-node';

/** An OpenSearch domain indexes at most maxIndexRecordsPerSecond; above that, records back up. */
export const opensearchDomainBehaviour: Behaviour = {
  create(node, ctx) {
    const config = (node as NodeOfKind<'opensearch-domain'>).config;
    return ingestSinkNode(node.id, ctx, config.maxIndexRecordsPerSecond, 'indexing capacity (maxIndexRecordsPerSecond)');
  },
};
