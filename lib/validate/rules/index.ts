import type { Rule } from '../types';
import { lambdaTimeoutLimit } from './lambda/lambda-timeout-limit';
import { lambdaLongRunning } from './lambda/lambda-long-running';
import { lambdaConcurrencyLimit } from './lambda/lambda-concurrency-limit';
import { lambdaRuntime } from './lambda/lambda-runtime';
import { lambdaStateful } from './lambda/lambda-stateful';
import { lambdaDynamicWebsite } from './lambda/lambda-dynamic-website';
import { lambdaS3Recursion } from './lambda/lambda-s3-recursion';
import { lambdaPayloadSize } from './lambda/lambda-payload-size';
import { lambdaRecursiveLoop } from './lambda/lambda-recursive-loop';
import { lambdaDatabaseConnections } from './lambda/lambda-database-connections';
import { lambdaVpcEgress } from './lambda/lambda-vpc-egress';
import { esmBatchSize } from './event-source-mapping/esm-batch-size';
import { esmPayloadSplit } from './event-source-mapping/esm-payload-split';
import { esmTimeoutRisk } from './event-source-mapping/esm-timeout-risk';
import { esmRetryForever } from './event-source-mapping/esm-retry-forever';
import { esmParallelization } from './event-source-mapping/esm-parallelization';
import { esmParameterRange } from './event-source-mapping/esm-parameter-range';
import { esmStartingPosition } from './event-source-mapping/esm-starting-position';
import { esmAtTimestamp } from './event-source-mapping/esm-at-timestamp';
import { esmConsumerThroughput } from './event-source-mapping/esm-consumer-throughput';
import { sqsVisibilityTimeout } from './sqs/sqs-visibility-timeout';
import { sqsMissingDlq } from './sqs/sqs-missing-dlq';
import { sqsFifoBatchingWindow } from './sqs/sqs-fifo-batching-window';
import { sqsParameterRange } from './sqs/sqs-parameter-range';
import { sqsDlqRetention } from './sqs/sqs-dlq-retention';
import { sqsFifoThroughput } from './sqs/sqs-fifo-throughput';
import { sqsFifoMessageGroups } from './sqs/sqs-fifo-message-groups';
import { sqsFifoDlq } from './sqs/sqs-fifo-dlq';
import { sqsRedriveLoop } from './sqs/sqs-redrive-loop';
import { stackResourceLimit } from './general/stack-resource-limit';
import { kinesisShardThroughput } from './kinesis/kinesis-shard-throughput';
import { kinesisRetention } from './kinesis/kinesis-retention';
import { kinesisRecordSize } from './kinesis/kinesis-record-size';
import { kinesisHotShard } from './kinesis/kinesis-hot-shard';
import { kinesisStreamReaders } from './kinesis/kinesis-stream-readers';
import { dynamodbStreamReaders } from './dynamodb/dynamodb-stream-readers';
import { dynamodbStreamDisabled } from './dynamodb/dynamodb-stream-disabled';
import { dynamodbHotPartition } from './dynamodb/dynamodb-hot-partition';
import { glueStreamingSource } from './glue/glue-streaming-source';
import { glueWorkerType } from './glue/glue-worker-type';
import { glueNonSparkEngine } from './glue/glue-non-spark-engine';
import { glueNosqlCrawler } from './glue/glue-nosql-crawler';
import { glueScheduleInterval } from './glue/glue-schedule-interval';
import { glueCrawlerTarget } from './glue/glue-crawler-target';
import { glueEncryption } from './glue/glue-encryption';
import { glueDatabaseUnpopulated } from './glue/glue-database-unpopulated';
import { glueDoubleSchedule } from './glue/glue-double-schedule';
import { glueBookmarksOff } from './glue/glue-bookmarks-off';
import { athenaPartitionsStale } from './glue/athena-partitions-stale';
import { emrAutoTermination } from './emr/emr-auto-termination';
import { emrSingleNode } from './emr/emr-single-node';
import { emrReleaseSupport } from './emr/emr-release-support';
import { emrServerlessApplication } from './emr/emr-serverless-application';
import { emrGlueCatalog } from './emr/emr-glue-catalog';
import { emrAthenaAlternative } from './emr/emr-athena-alternative';
import { emrGlueAlternative } from './emr/emr-glue-alternative';
import { s3Partitioning } from './s3/s3-partitioning';
import { s3SmallFiles } from './s3/s3-small-files';
import { s3NotificationOverlap } from './s3/s3-notification-overlap';
import { firehoseBuffering } from './firehose/firehose-buffering';
import { firehoseDestination } from './firehose/firehose-destination';
import { firehoseProcessorRange } from './firehose/firehose-processor-range';
import { connectionInvalid } from './general/connection-invalid';
import { dataPipelineDeprecated } from './general/data-pipeline-deprecated';
import { edgeSettingNotApplicable } from './general/edge-setting-not-applicable';
import { keptValue } from './general/kept-value';
import { orphanNode } from './general/orphan-node';
import { scheduleExpression } from './general/schedule-expression';

/**
 * Every rule that loads with the designer, grouped by area. Adding a rule: its file, its test,
 * and a line here. The cost rules (./cost) load later, with lib/cost; `ALL_RULES` (./all.ts)
 * is both lists, what the CLI, the docs and the tests run.
 */
export const CORE_RULES: readonly Rule[] = [
  lambdaTimeoutLimit,
  lambdaLongRunning,
  lambdaConcurrencyLimit,
  lambdaRuntime,
  lambdaStateful,
  lambdaDynamicWebsite,
  lambdaS3Recursion,
  lambdaPayloadSize,
  lambdaRecursiveLoop,
  lambdaDatabaseConnections,
  lambdaVpcEgress,
  esmBatchSize,
  esmPayloadSplit,
  esmTimeoutRisk,
  esmRetryForever,
  esmParallelization,
  esmParameterRange,
  esmStartingPosition,
  esmAtTimestamp,
  esmConsumerThroughput,
  sqsVisibilityTimeout,
  sqsMissingDlq,
  sqsFifoBatchingWindow,
  sqsParameterRange,
  sqsDlqRetention,
  sqsFifoThroughput,
  sqsFifoMessageGroups,
  sqsFifoDlq,
  sqsRedriveLoop,
  stackResourceLimit,
  kinesisShardThroughput,
  kinesisRetention,
  kinesisRecordSize,
  kinesisHotShard,
  kinesisStreamReaders,
  dynamodbStreamReaders,
  dynamodbStreamDisabled,
  dynamodbHotPartition,
  glueStreamingSource,
  glueWorkerType,
  glueNonSparkEngine,
  glueNosqlCrawler,
  glueScheduleInterval,
  glueCrawlerTarget,
  glueEncryption,
  glueDatabaseUnpopulated,
  glueDoubleSchedule,
  glueBookmarksOff,
  athenaPartitionsStale,
  emrAutoTermination,
  emrSingleNode,
  emrReleaseSupport,
  emrServerlessApplication,
  emrGlueCatalog,
  emrAthenaAlternative,
  emrGlueAlternative,
  s3Partitioning,
  s3SmallFiles,
  s3NotificationOverlap,
  firehoseBuffering,
  firehoseDestination,
  firehoseProcessorRange,
  connectionInvalid,
  dataPipelineDeprecated,
  orphanNode,
  edgeSettingNotApplicable,
  keptValue,
  scheduleExpression,
];
