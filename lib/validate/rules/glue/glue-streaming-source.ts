import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

const STREAMING_KINDS = new Set(['kinesis-stream', 'sqs-queue', 'iot-rule', 'dynamodb-table']);

export const glueStreamingSource = defineRule({
  id: 'glue-streaming-source',
  area: 'glue',
  severity: 'warning',
  title: 'Streaming source feeding a batch Glue job',
  docsUrl: AWS_DOCS.glueStreaming,
  description:
    'Glue ETL jobs and crawlers are batch oriented: they run on a schedule (at most every 5 minutes) and read what has landed. A stream read by a batch job loses the stream\'s point (latency) or its data (retention). The 2019 notes say Glue is batch only; today a gluestreaming job exists for this.',
  check(ctx) {
    return ctx.nodesOfKind('glue-job').flatMap((job) => {
      if (job.config.jobType === 'gluestreaming') return [];
      return ctx.incoming(job.id).flatMap((edge) => {
        const source = ctx.node(edge.source);
        if (!source || !STREAMING_KINDS.has(source.kind)) return [];
        // A DynamoDB table is read as a table (batch) unless it streams.
        if (source.kind === 'dynamodb-table' && !source.config.streamEnabled) return [];
        return [
          ctx.atEdge(edge, undefined, {
            message: `the streaming source ${source.id} feeds the batch Glue job ${job.id} (${job.config.jobType}): Glue ETL is batch oriented, running at most every 5 minutes, so the stream's records wait or expire`,
            fix: 'Deliver the stream with Kinesis Data Firehose into S3 or Redshift and process it there in batches, or make this a gluestreaming job (Spark Structured Streaming).',
            action: setAction('Make it a streaming job', 'node', job.id, 'jobType', 'gluestreaming'),
          }),
        ];
      });
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream' },
        { id: 'sessionize', kind: 'glue-job', config: { jobType: 'glueetl', encryptionAtRest: true, encryptionInTransit: true } },
      ],
      edges: [{ id: 'clicks-to-sessionize', source: 'clicks', target: 'sessionize' }],
    },
    passing: {
      nodes: [
        { id: 'clicks', kind: 'kinesis-stream' },
        { id: 'sessionize', kind: 'glue-job', config: { jobType: 'gluestreaming', encryptionAtRest: true, encryptionInTransit: true } },
      ],
      edges: [{ id: 'clicks-to-sessionize', source: 'clicks', target: 'sessionize' }],
    },
  },
});
