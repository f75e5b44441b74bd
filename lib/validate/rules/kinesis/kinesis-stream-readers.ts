import { EFO_CONSUMERS_PER_STREAM, SHARD_GET_RECORDS_PER_SECOND, SHARD_READ_BYTES_PER_SECOND, type PipelineEdge } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { bytes, num } from '../../format';
import { shardsOf } from '../../facts/lambda-load';
import type { ValidationContext } from '../../context';
import type { DraftFinding } from '../../types';

/** What reads a Kinesis stream: Lambda mappings (standard or enhanced fan-out), Firehose, Glue. */
export function kinesisReaders(ctx: ValidationContext, streamId: string): { standard: PipelineEdge[]; efo: PipelineEdge[] } {
  const standard: PipelineEdge[] = [];
  const efo: PipelineEdge[] = [];
  for (const edge of ctx.outgoingOf(streamId, 'event-source-mapping')) (edge.config.enhancedFanOut ? efo : standard).push(edge);
  standard.push(...ctx.outgoingOf(streamId, 'delivers'), ...ctx.outgoingOf(streamId, 'reads'));
  return { standard, efo };
}

export const kinesisStreamReaders = defineRule({
  id: 'kinesis-stream-readers',
  area: 'kinesis',
  severity: 'warning',
  title: 'Standard readers contend for a shard\'s read limit',
  docsUrl: AWS_DOCS.kinesisLimits,
  description:
    'All standard consumers of a shard (Lambda mappings, Firehose, Glue, others) share its 2 MB/s and 5 GetRecords calls per second; each Lambda mapping polls every shard about once a second. When they need more, every one falls behind. An enhanced fan-out consumer has its own 2 MB/s per shard, pushed (at most 20 per stream, billed per consumer-shard hour).',
  check(ctx) {
    return ctx.nodesOfKind('kinesis-stream').flatMap((stream) => {
      const { standard, efo } = kinesisReaders(ctx, stream.id);
      const out: DraftFinding[] = [];
      const t = stream.config.traffic;
      const perShard = (t.recordsPerSecond * t.avgRecordBytes) / shardsOf(stream);
      const needed = perShard * standard.length;
      const lambdaStandard = standard.filter((e) => ctx.connection(e)?.meaning === 'event-source-mapping');
      const suggest = lambdaStandard[0];
      const overBytes = standard.length > 1 && needed > SHARD_READ_BYTES_PER_SECOND;
      const overCalls = standard.length > SHARD_GET_RECORDS_PER_SECOND;
      if (overBytes || overCalls) {
        const why = overBytes
          ? `${num(standard.length)} standard readers each need ${bytes(perShard)}/s of every shard, ${bytes(needed)}/s together, over the ${bytes(SHARD_READ_BYTES_PER_SECOND)}/s a shard gives them all`
          : `${num(standard.length)} standard readers poll every shard at least once a second, over the ${SHARD_GET_RECORDS_PER_SECOND} GetRecords calls per second a shard allows`;
        out.push(
          ctx.atNode(stream, undefined, {
            message: `${why} (${standard.map((e) => e.target).join(', ')}): reads are throttled and every reader falls behind`,
            fix: suggest
              ? `Turn on enhancedFanOut for the Lambda mapping${lambdaStandard.length > 1 ? 's' : ''} (${lambdaStandard.map((e) => e.id).join(', ')}): each gets its own 2 MB/s per shard.`
              : 'Read the stream through fewer standard consumers, or give consumers enhanced fan-out.',
            ...(suggest ? { action: setAction(`Turn on enhanced fan-out for ${suggest.id}`, 'edge', suggest.id, 'enhancedFanOut', true) } : {}),
          }),
        );
      }
      if (efo.length > EFO_CONSUMERS_PER_STREAM) {
        out.push(
          ctx.atNode(stream, undefined, {
            severity: 'error',
            message: `${num(efo.length)} enhanced fan-out consumers read ${stream.id}; a stream allows at most ${EFO_CONSUMERS_PER_STREAM}: registering the others fails`,
            fix: 'Use standard reads for the consumers that need less, or fan out from one function.',
          }),
        );
      }
      return out;
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 1, traffic: { recordsPerSecond: 900, avgRecordBytes: 1000 } } },
        { id: 'a', kind: 'lambda-function' },
        { id: 'b', kind: 'lambda-function' },
        { id: 'c', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'clicks-to-a', source: 'clicks', target: 'a', config: { startingPosition: 'LATEST' } },
        { id: 'clicks-to-b', source: 'clicks', target: 'b', config: { startingPosition: 'LATEST' } },
        { id: 'clicks-to-c', source: 'clicks', target: 'c', config: { startingPosition: 'LATEST' } },
      ],
    },
    passing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 1, traffic: { recordsPerSecond: 900, avgRecordBytes: 1000 } } },
        { id: 'a', kind: 'lambda-function' },
        { id: 'b', kind: 'lambda-function' },
        { id: 'c', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'clicks-to-a', source: 'clicks', target: 'a', config: { startingPosition: 'LATEST', enhancedFanOut: true } },
        { id: 'clicks-to-b', source: 'clicks', target: 'b', config: { startingPosition: 'LATEST' } },
        { id: 'clicks-to-c', source: 'clicks', target: 'c', config: { startingPosition: 'LATEST' } },
      ],
    },
  },
});
