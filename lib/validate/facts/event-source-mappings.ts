import { eventSourceMappingSettings, type EventSourceMappingSettings, type PipelineEdge, type PipelineNode } from '../../model';
import type { ValidationContext } from '../context';
import type { LambdaNode } from './lambda-load';

export interface Mapping {
  edge: PipelineEdge;
  source: PipelineNode;
  fn: LambdaNode;
  /** Settings with AWS's defaults for the source filled in. */
  esm: EventSourceMappingSettings;
  /** Kinesis or DynamoDB Streams (shards, retries until expiry) rather than SQS. */
  isStream: boolean;
}

// Several rules read the mappings; work them out once per validation run.
const cache = new WeakMap<ValidationContext, Mapping[]>();

/** Every stream/queue -> Lambda edge, with both ends resolved. */
export function eventSourceMappings(ctx: ValidationContext): Mapping[] {
  const known = cache.get(ctx);
  if (known) return known;
  const out: Mapping[] = [];
  for (const edge of ctx.edgesOf('event-source-mapping')) {
    const source = ctx.node(edge.source);
    const fn = ctx.node(edge.target);
    if (!source || fn?.kind !== 'lambda-function') continue;
    out.push({ edge, source, fn, esm: eventSourceMappingSettings(source.kind, edge.config), isStream: source.kind !== 'sqs-queue' });
  }
  cache.set(ctx, out);
  return out;
}

export function sourceLabel(source: PipelineNode): string {
  if (source.kind === 'kinesis-stream') return 'Kinesis';
  if (source.kind === 'dynamodb-table') return 'DynamoDB Streams';
  return source.kind === 'sqs-queue' && source.config.fifo ? 'an SQS FIFO queue' : 'an SQS standard queue';
}
