import type { EdgeConfig } from '../../../model';
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
  ok: (v: number) => boolean;
  /** The nearest allowed value, for the one-click fix. */
  nearest: (v: number) => number;
}

const CHECKS: RangeCheck[] = [
  { field: 'batchingWindowSeconds', appliesTo: 'all', allowed: '0 to 300 s', ok: (v) => v >= 0 && v <= 300, nearest: () => 300 },
  { field: 'maxRetryAttempts', appliesTo: 'stream', allowed: '-1 (unlimited) or 0 to 10,000', ok: (v) => v >= -1 && v <= 10000, nearest: () => 10000 },
  {
    field: 'maxRecordAgeSeconds',
    appliesTo: 'stream',
    allowed: '-1 (no limit) or 60 to 604,800 s (7 days)',
    ok: (v) => v === -1 || (v >= 60 && v <= 604800),
    nearest: (v) => (v < 60 ? 60 : 604800),
  },
  { field: 'maxConcurrency', appliesTo: 'queue', allowed: '2 to 1,000', ok: (v) => v >= 2 && v <= 1000, nearest: (v) => (v < 2 ? 2 : 1000) },
];

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
        if (typeof value !== 'number' || c.ok(value)) continue;
        if ((c.appliesTo === 'stream' && !isStream) || (c.appliesTo === 'queue' && isStream)) continue;
        const fixed = c.nearest(value);
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
