import { inapplicableEdgeFields } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { change } from '../../fix-actions';
import type { DraftFinding } from '../../types';

export const edgeSettingNotApplicable = defineRule({
  id: 'edge-setting-not-applicable',
  area: 'general',
  severity: 'warning',
  title: 'Connection setting that does nothing here',
  docsUrl: AWS_DOCS.esmParameters,
  description:
    'Each kind of connection has its own settings (lib/model/edge-settings.ts): a batch size means something on a stream or queue polled by Lambda, a key prefix filter on an S3 notification. A setting written on a connection it does not belong to is ignored by the export and the simulator, so the pipeline does not do what the file says.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const edge of ctx.pipeline.edges) {
      const source = ctx.node(edge.source);
      const target = ctx.node(edge.target);
      const meaning = ctx.connection(edge)?.meaning;
      // A connection without a meaning is connection-invalid's finding; its settings mean nothing either way.
      if (!source || !target || !meaning) continue;
      for (const field of inapplicableEdgeFields({ source: source.kind, target: target.kind, meaning }, edge.config)) {
        out.push(
          ctx.atEdge(edge, field, {
            message: `${field} does nothing on ${edge.id} (${source.kind} → ${target.kind}, ${meaning}): the export and the simulator ignore it`,
            fix: `Remove ${field}, or set it on a connection it belongs to.`,
            action: { label: `Remove ${field}`, changes: [change.unset('edge', edge.id, field)] },
          }),
        );
      }
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'uploads', kind: 's3-bucket' },
        { id: 'resize', kind: 'lambda-function' },
      ],
      edges: [{ id: 'uploads-to-resize', source: 'uploads', target: 'resize', config: { batchSize: 10 } }],
    },
    passing: {
      nodes: [
        { id: 'uploads', kind: 's3-bucket' },
        { id: 'resize', kind: 'lambda-function' },
      ],
      edges: [{ id: 'uploads-to-resize', source: 'uploads', target: 'resize', config: { filterSuffix: '.jpg' } }],
    },
  },
});
