import { parsePipeline, type Pipeline } from '@/lib/model';
import brokenOnPurpose from '@/examples/broken-on-purpose.sluice.json';
import clickstream from '@/examples/clickstream-opensearch.sluice.json';
import iotTelemetry from '@/examples/iot-telemetry-firehose.sluice.json';
import nightlyGlue from '@/examples/nightly-glue-redshift.sluice.json';
import dataLake from '@/examples/s3-data-lake-athena.sluice.json';
import uploadIndexer from '@/examples/s3-upload-dynamodb.sluice.json';
import orderArchiver from '@/examples/sqs-lambda-s3-dlq.sluice.json';

export interface Example {
  id: string;
  title: string;
  /** What the example shows, for the gallery: the pipeline's own description. */
  description: string;
  pipeline: Pipeline;
}

const RAW: { id: string; title: string; raw: unknown }[] = [
  { id: 'clickstream-opensearch', title: 'Kinesis → Lambda → OpenSearch', raw: clickstream },
  { id: 's3-upload-dynamodb', title: 'S3 upload → Lambda → DynamoDB', raw: uploadIndexer },
  { id: 's3-data-lake-athena', title: 'S3 → Glue crawler → Data Catalog → Athena', raw: dataLake },
  { id: 'nightly-glue-redshift', title: 'Nightly schedule → Glue job (Spark) → Redshift', raw: nightlyGlue },
  { id: 'sqs-lambda-s3-dlq', title: 'SQS → Lambda → S3 with a DLQ', raw: orderArchiver },
  { id: 'iot-telemetry-firehose', title: 'IoT → Lambda → Kinesis → Firehose → S3', raw: iotTelemetry },
  { id: 'broken-on-purpose', title: 'Everything wrong (breaks limits on purpose)', raw: brokenOnPurpose },
];

/** The example gallery. Examples go through the same parser as any file, so a broken one shows up in tests. */
export const EXAMPLES: Example[] = RAW.map(({ id, title, raw }) => {
  const result = parsePipeline(raw);
  if (!result.ok) throw new Error(`example ${id} is not a valid pipeline: ${result.problems.map((p) => p.message).join('; ')}`);
  return { id, title, description: result.pipeline.description ?? '', pipeline: result.pipeline };
});
