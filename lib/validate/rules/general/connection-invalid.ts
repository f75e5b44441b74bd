import { checkConnection } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';

export const connectionInvalid = defineRule({
  id: 'connection-invalid',
  area: 'general',
  severity: 'error',
  title: 'Connection with no meaning between these kinds',
  docsUrl: AWS_DOCS.lambdaEventSources,
  description:
    'Each edge must be something AWS can wire up: Lambda polling a stream, S3 notifying a function, a crawler populating a database. An edge between kinds that have no such integration cannot be deployed or simulated.',
  check(ctx) {
    return ctx.pipeline.edges.flatMap((edge) => {
      const source = ctx.node(edge.source);
      const target = ctx.node(edge.target);
      if (!source || !target || ctx.connection(edge)) return [];
      const check = checkConnection(source.kind, target.kind, edge.config.role);
      if (check.ok) return [];
      return [
        ctx.atEdge(edge, edge.config.role === 'on-failure' ? 'role' : undefined, {
          message: `${edge.source} → ${edge.target} has no meaning: ${check.reason}`,
          fix: 'Remove the edge, or connect through a service that integrates both (see the inspector for what each kind accepts).',
          action: { label: 'Remove the edge', changes: [{ type: 'remove-edge', edgeId: edge.id }] },
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'lake', kind: 's3-bucket' },
        { id: 'reports', kind: 'athena-workgroup' },
      ],
      edges: [{ id: 'lake-to-reports', source: 'lake', target: 'reports' }],
    },
    passing: {
      nodes: [
        { id: 'reports', kind: 'athena-workgroup' },
        { id: 'results', kind: 's3-bucket' },
      ],
      edges: [{ id: 'reports-to-results', source: 'reports', target: 'results' }],
    },
  },
});
