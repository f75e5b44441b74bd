import { type EdgeConfig, type EdgeFieldSpec, edgeFieldSpec, inEdgeFieldRange, SECONDS_PER_DAY } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { duration, num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';
import type { DraftFinding } from '../../types';

interface RangeCheck {
  field: keyof EdgeConfig;
  /** Which mappings the setting belongs to. */
  appliesTo: 'all' | 'stream' | 'queue';
  /** The unit messages give values in. */
  unit: 's' | '';
}

/** The ranges are the edge settings table's (lib/model/edge-settings.ts); only the wording is here. */
const CHECKS: RangeCheck[] = [
  { field: 'batchingWindowSeconds', appliesTo: 'all', unit: 's' },
  { field: 'maxRetryAttempts', appliesTo: 'stream', unit: '' },
  { field: 'maxRecordAgeSeconds', appliesTo: 'stream', unit: 's' },
  { field: 'maxConcurrency', appliesTo: 'queue', unit: '' },
];

const specOf = (c: RangeCheck) => edgeFieldSpec(c.appliesTo === 'queue' ? 'queue-mapping' : 'stream-mapping', c.field);

/** The allowed values in words, from the spec: "0 to 300 s", "-1 (no limit) or 60 to 604,800 s (7 days)". */
function allowedText(c: RangeCheck): string {
  const spec = specOf(c);
  const min = spec.min ?? 0;
  const max = spec.max ?? 0;
  const unit = c.unit ? ` ${c.unit}` : '';
  const days = c.unit === 's' && max >= SECONDS_PER_DAY ? ` (${duration(max)})` : '';
  // -1 as the lower end means "unlimited": AWS's word for retries.
  if (spec.off === undefined && min === -1) return `-1 (unlimited) or 0 to ${num(max)}${unit}`;
  const range = `${num(min)} to ${num(max)}${unit}${days}`;
  return spec.off === undefined ? range : `${num(spec.off)} (no limit) or ${range}`;
}

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
    `Lambda accepts a batching window of ${allowedText(CHECKS[0])}, ${allowedText(CHECKS[1])} retries, a maximum record age of ${allowedText(CHECKS[2])} and an SQS maximum concurrency of ${allowedText(CHECKS[3])}. Any other value makes CreateEventSourceMapping fail.`,
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
            message: `${c.field} is ${num(value)}; Lambda allows ${allowedText(c)}, so it refuses the mapping`,
            fix: `Set ${c.field} to a value in ${allowedText(c)}.`,
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
