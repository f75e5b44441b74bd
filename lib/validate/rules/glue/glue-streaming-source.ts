import { CATALOG } from '../../../model';
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
    'Glue ETL jobs and crawlers are batch oriented: they run on a schedule (at most every 5 minutes) and read what has landed. A stream read by a batch job loses the stream\'s point (latency) or its data (retention). The 2019 notes say Glue is batch only; today a gluestreaming job exists for this, but it reads Kinesis Data Streams and Kafka only: an SQS queue, an IoT rule or a DynamoDB stream must land in S3 (or go through Kinesis) first, and a gluestreaming job drawn reading one is flagged too.',
  check(ctx) {
    return ctx.nodesOfKind('glue-job').flatMap((job) =>
      ctx.incoming(job.id).flatMap((edge) => {
        const source = ctx.node(edge.source);
        if (!source || !STREAMING_KINDS.has(source.kind)) return [];
        // A DynamoDB table is read as a table (batch) unless it streams.
        if (source.kind === 'dynamodb-table' && !source.config.streamEnabled) return [];
        // Glue streaming jobs read Kinesis Data Streams (and Kafka), nothing else Sluice draws.
        const streamable = source.kind === 'kinesis-stream';
        if (job.config.jobType === 'gluestreaming') {
          if (streamable) return [];
          return [
            ctx.atEdge(edge, undefined, {
              message: `the streaming Glue job ${job.id} cannot read ${source.id} (${CATALOG[source.kind].label}): Glue streaming jobs read Kinesis Data Streams and Apache Kafka (MSK) only`,
              fix: `Send ${source.id}'s records to a Kinesis data stream (or with Kinesis Data Firehose into S3 for a batch job) and read that instead.`,
            }),
          ];
        }
        return [
          ctx.atEdge(edge, undefined, {
            message: `the streaming source ${source.id} feeds the batch Glue job ${job.id} (${job.config.jobType}): Glue ETL is batch oriented, running at most every 5 minutes, so the stream's records wait or expire`,
            ...(streamable
              ? {
                  fix: 'Deliver the stream with Kinesis Data Firehose into S3 or Redshift and process it there in batches, or make this a gluestreaming job (Spark Structured Streaming).',
                  action: setAction('Make it a streaming job', 'node', job.id, 'jobType', 'gluestreaming'),
                }
              : { fix: `Land ${source.id}'s records in S3 first (Kinesis Data Firehose, or a Lambda function writing batches) and let the job read the bucket; a gluestreaming job cannot read it (Kinesis and Kafka only).` }),
          }),
        ];
      }),
    );
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
