import { type EdgeConfig, type EdgeFieldSpec, edgeFieldSpec, inEdgeFieldRange } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';
import type { DraftFinding } from '../../types';

interface RangeCheck {
  field: keyof EdgeConfig;
  /** Which mappings the setting belongs to. */
  appliesTo: 'all' | 'stream' | 'queue';
  allowed: string;
}

/** The ranges are the edge settings table's (lib/model/edge-settings.ts); only the wording is here. */
const CHECKS: RangeCheck[] = [
  { field: 'batchingWindowSeconds', appliesTo: 'all', allowed: '0 to 300 s' },
  { field: 'maxRetryAttempts', appliesTo: 'stream', allowed: '-1 (unlimited) or 0 to 10,000' },
  { field: 'maxRecordAgeSeconds', appliesTo: 'stream', allowed: '-1 (no limit) or 60 to 604,800 s (7 days)' },
  { field: 'maxConcurrency', appliesTo: 'queue', allowed: '2 to 1,000' },
];

const specOf = (c: RangeCheck) => edgeFieldSpec(c.appliesTo === 'queue' ? 'queue-mapping' : 'stream-mapping', c.field);

/** The nearest allowed value, for the one-click fix. */
function nearest(spec: EdgeFieldSpec, value: number): number {
  return spec.min !== undefined && value < spec.min ? spec.min : (spec.max ?? value);
}

export const esmParameterRange = defineRule({
  id: 'esm-parameter-range',
  area: 'event-source-mapping',
  severity: 'error',
  title: 'Event source mapping setting out of range',
  docsUrl: AWS_DOCS.esmParameters,
  description:
    'Lambda accepts a batching window of 0–300 s, 0–10,000 retries (or -1), a maximum record age of 60–604,800 s (or -1) and an SQS maximum concurrency of 2–1,000. Any other value makes CreateEventSourceMapping fail.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { edge, isStream } of eventSourceMappings(ctx)) {
      for (const c of CHECKS) {
        const value = edge.config[c.field];
        const spec = specOf(c);
        if (typeof value !== 'number' || inEdgeFieldRange(spec, value)) continue;
        if ((c.appliesTo === 'stream' && !isStream) || (c.appliesTo === 'queue' && isStream)) continue;
        const fixed = nearest(spec, value);
        out.push(
          ctx.atEdge(edge, c.field, {
            message: `${c.field} is ${num(value)}; Lambda allows ${c.allowed}, so it refuses the mapping`,
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
        { id: 'events', kind: 'kinesis-stream' },
        { id: 'handle', kind: 'lambda-function' },
      ],
      edges: [{ id: 'events-to-handle', source: 'events', target: 'handle', config: { startingPosition: 'LATEST', batchingWindowSeconds: 600 } }],
    },
    passing: {
      nodes: [
        { id: 'events', kind: 'kinesis-stream' },
        { id: 'handle', kind: 'lambda-function' },
      ],
      edges: [{ id: 'events-to-handle', source: 'events', target: 'handle', config: { startingPosition: 'LATEST', batchingWindowSeconds: 5 } }],
    },
  },
});
