import { ACCOUNT_CONCURRENCY, MAX_PARALLELIZATION_FACTOR, recordsPerPayload, SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND, SQS_POLLERS_MAX } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import { eventSourceMappings } from '../../facts/event-source-mappings';
import { invocationSeconds, shardsOf, trafficOf } from '../../facts/lambda-load';

/** Records per second one lane (a shard's 1/F, or one SQS poller) gets through with full batches, back to back. */
function laneRate(batch: number, seconds: number): number {
  return seconds > 0 ? batch / seconds : Infinity;
}

export const esmConsumerThroughput = defineRule({
  id: 'esm-consumer-throughput',
  area: 'event-source-mapping',
  severity: 'warning',
  title: 'A consumer that cannot keep up',
  docsUrl: AWS_DOCS.kinesisLambda,
  description:
    'A stream mapping runs one batch at a time per shard and parallelization factor (lane); an SQS mapping at most its maximum concurrency (1,000 without one) at once. When the records arriving per lane are more than full batches, back to back, get through at the configured duration, the backlog grows without end: stream records expire, queue messages age out. The finding gives the shards, parallelization factor, concurrency or duration that would keep up.',
  check(ctx) {
    return eventSourceMappings(ctx).flatMap(({ edge, source, fn, esm, isStream }) => {
      const traffic = trafficOf(source);
      // A provisioned stream passes on only what its shards accept (the rest is kinesis-shard-throughput's).
      const offered = traffic?.recordsPerSecond ?? 0;
      const rate =
        source.kind === 'kinesis-stream' && source.config.mode === 'provisioned'
          ? Math.min(offered, source.config.shardCount * Math.min(SHARD_WRITE_RECORDS_PER_SECOND, SHARD_WRITE_BYTES_PER_SECOND / Math.max(1, source.config.traffic.avgRecordBytes)))
          : offered;
      if (rate <= 0) return [];
      const batch = Math.max(1, Math.min(esm.batchSize, recordsPerPayload(traffic?.avgRecordBytes ?? 0)));
      const seconds = invocationSeconds(fn, batch);
      const perLane = laneRate(batch, seconds);
      // Slower than the timeout is esm-timeout-risk's finding.
      if (seconds > fn.config.timeoutSeconds) return [];
      if (isStream) {
        const shards = shardsOf(source);
        const factor = Math.max(1, esm.parallelizationFactor);
        const lanes = shards * factor;
        if (rate <= lanes * perLane * (1 + 1e-9)) return [];
        const neededFactor = Math.ceil(rate / shards / perLane - 1e-9);
        const neededShards = Math.ceil(rate / (factor * perLane) - 1e-9);
        const fitMs = Math.floor(((batch * lanes) / rate) * 1000 - fn.config.durationMsPerRecord * batch);
        const fixes = [
          ...(neededFactor <= MAX_PARALLELIZATION_FACTOR ? [`a parallelizationFactor of ${num(neededFactor)}`] : []),
          `${num(neededShards)} shards at parallelization ${num(factor)}`,
          ...(fitMs > 0 ? [`batches of ${num(batch)} taking at most ${num(fitMs + fn.config.durationMsPerRecord * batch)} ms (durationMsPerInvocation ${num(fitMs)})`] : []),
        ];
        return [
          ctx.atEdge(edge, 'parallelizationFactor', {
            message: `${num(rate)} records/s arrive over ${num(lanes)} lane${lanes === 1 ? '' : 's'} (${num(shards)} shard${shards === 1 ? '' : 's'} × ${num(factor)}), ${num(rate / lanes)} per lane, but one lane gets through at most ${num(perLane)} records/s (batches of ${num(batch)} taking ${num(seconds * 1000)} ms): ${fn.id} falls further behind every second, until records expire`,
            fix: `Keep up with ${fixes.join(', or ')}.`,
            ...(neededFactor <= MAX_PARALLELIZATION_FACTOR && neededFactor > factor ? { action: setAction(`Set parallelization factor to ${num(neededFactor)}`, 'edge', edge.id, 'parallelizationFactor', neededFactor) } : {}),
          }),
        ];
      }
      const cap = Math.min(esm.maxConcurrency ?? SQS_POLLERS_MAX, fn.config.reservedConcurrency ?? ACCOUNT_CONCURRENCY);
      if (rate <= cap * perLane * (1 + 1e-9)) return [];
      const needed = Math.ceil(rate / perLane - 1e-9);
      const fitMs = Math.floor(((batch * cap) / rate) * 1000 - fn.config.durationMsPerRecord * batch);
      return [
        ctx.atEdge(edge, esm.maxConcurrency !== undefined ? 'maxConcurrency' : undefined, {
          message: `${num(rate)} messages/s arrive, but ${num(cap)} concurrent batches of ${num(batch)} taking ${num(seconds * 1000)} ms get through at most ${num(cap * perLane)} messages/s: the queue grows without end`,
          fix: `Keep up with ${num(needed)} concurrent batches (maxConcurrency, reserved concurrency or the account limit)${fitMs > 0 ? `, or batches taking at most ${num(fitMs + fn.config.durationMsPerRecord * batch)} ms (durationMsPerInvocation ${num(fitMs)})` : ''}, or larger batches.`,
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 2, traffic: { recordsPerSecond: 1500, avgRecordBytes: 500 } } },
        { id: 'enrich', kind: 'lambda-function', config: { durationMsPerInvocation: 200, durationMsPerRecord: 0 } },
      ],
      edges: [{ id: 'clicks-to-enrich', source: 'clicks', target: 'enrich', config: { startingPosition: 'LATEST', parallelizationFactor: 1 } }],
    },
    passing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream', config: { shardCount: 2, traffic: { recordsPerSecond: 1500, avgRecordBytes: 500 } } },
        { id: 'enrich', kind: 'lambda-function', config: { durationMsPerInvocation: 200, durationMsPerRecord: 0 } },
      ],
      edges: [{ id: 'clicks-to-enrich', source: 'clicks', target: 'enrich', config: { startingPosition: 'LATEST', parallelizationFactor: 2 } }],
    },
  },
});
