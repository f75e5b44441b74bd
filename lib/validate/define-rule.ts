import type { Rule } from './types';

/** Identity, for type inference: every rule file exports `defineRule({...})`. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The AWS pages the rules cite, kept in one place so a moved page is fixed once. */
export const AWS_DOCS = {
  lambdaLimits: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  lambdaRuntimes: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  lambdaConcurrency: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
  lambdaReserved: 'https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html',
  lambdaInvoke: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html',
  lambdaAsync: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html',
  lambdaRecursion: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
  lambdaBestPractices: 'https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html',
  lambdaWhenToUse: 'https://docs.aws.amazon.com/whitepapers/latest/serverless-architectures-lambda/when-to-use-lambda.html',
  esmParameters: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
  esmBatching: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html',
  kinesisLambda: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
  kinesisErrors: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html',
  kinesisLimits: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
  kinesisEnhancedFanOut: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
  kinesisRetention: 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html',
  dynamodbStreams: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html',
  dynamodbStreamsLambda: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html',
  sqsLambda: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  sqsDlq: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
  sqsQuotas: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
  s3Notifications: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
  s3NotificationFilters: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html',
  gluePartitions: 'https://docs.aws.amazon.com/glue/latest/dg/crawler-s3-folder-table-partition.html',
  glueSchedules: 'https://docs.aws.amazon.com/glue/latest/dg/monitor-data-warehouse-schedule.html',
  glueCrawler: 'https://docs.aws.amazon.com/glue/latest/dg/add-crawler.html',
  glueCrawlerTargets: 'https://docs.aws.amazon.com/glue/latest/dg/crawler-data-stores.html',
  glueStreaming: 'https://docs.aws.amazon.com/glue/latest/dg/add-job-streaming.html',
  glueJob: 'https://docs.aws.amazon.com/glue/latest/dg/add-job.html',
  glueTriggers: 'https://docs.aws.amazon.com/glue/latest/dg/trigger-job.html',
  glueEncryption: 'https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html',
  glueCatalog: 'https://docs.aws.amazon.com/glue/latest/dg/catalog-and-crawler.html',
  emr: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-what-is-emr.html',
  eventBridgeSchedules: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html',
  firehoseBuffering: 'https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html',
  dataPipeline: 'https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/what-is-datapipeline.html',
  lambdaEventSources: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-services.html',
  decommission: 'https://docs.aws.amazon.com/wellarchitected/latest/cost-optimization-pillar/decommission-resources.html',
  cfnResourceTypes: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html',
} as const;
