import { type EdgeConfig, edgeFieldSpec, FIREHOSE_PROCESSOR_BUFFER, inEdgeFieldRange } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import type { DraftFinding } from '../../types';

/** The ranges are the edge settings table's (lib/model/edge-settings.ts, group firehose-processor). */
const CHECKS: { field: keyof EdgeConfig; allowed: string }[] = [
  { field: 'processorBufferSizeMb', allowed: '0.2 to 3 MB' },
  { field: 'processorBufferIntervalSeconds', allowed: '0 to 900 s' },
];

export const firehoseProcessorRange = defineRule({
  id: 'firehose-processor-range',
  area: 'firehose',
  severity: 'error',
  title: 'Firehose processor buffering out of range',
  docsUrl: FIREHOSE_PROCESSOR_BUFFER.url,
  description:
    'Firehose buffers 0.2 to 3 MB, for 0 to 900 seconds, before it invokes its Lambda processor. Any other buffering hint makes the delivery stream\'s creation fail.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const edge of ctx.edgesOf('transform')) {
      for (const c of CHECKS) {
        const value = edge.config[c.field];
        const spec = edgeFieldSpec('firehose-processor', c.field);
        if (typeof value !== 'number' || inEdgeFieldRange(spec, value)) continue;
        const fixed = spec.min !== undefined && value < spec.min ? spec.min : spec.max!;
        out.push(
          ctx.atEdge(edge, c.field, {
            message: `${c.field} is ${num(value)}; Firehose buffers ${c.allowed} for its Lambda processor, so it refuses the delivery stream`,
            fix: `Set ${c.field} to a value in ${c.allowed}.`,
            action: setAction(`Set ${c.field} to ${num(fixed)}`, 'edge', edge.id, c.field, fixed),
          }),
        );
      }
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'delivery', kind: 'firehose' },
        { id: 'enrich', kind: 'lambda-function' },
        { id: 'lake', kind: 's3-bucket' },
      ],
      edges: [
        { id: 'delivery-to-enrich', source: 'delivery', target: 'enrich', config: { processorBufferSizeMb: 5 } },
        { id: 'delivery-to-lake', source: 'delivery', target: 'lake' },
      ],
    },
    passing: {
      nodes: [
        { id: 'delivery', kind: 'firehose' },
        { id: 'enrich', kind: 'lambda-function' },
        { id: 'lake', kind: 's3-bucket' },
      ],
      edges: [
        { id: 'delivery-to-enrich', source: 'delivery', target: 'enrich', config: { processorBufferSizeMb: 3 } },
        { id: 'delivery-to-lake', source: 'delivery', target: 'lake' },
      ],
    },
  },
});
