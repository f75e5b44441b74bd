import type { ConnectionMeaning } from './connections';
import type { PipelineGraph } from './graph';
import type { KindId } from './kind';

/**
 * What each flow needs at run time, beside what connections.ts says it means: the IAM actions
 * a role must hold (with the resource type the Service Authorization Reference documents for
 * each action), the resource-based policy statements a target must carry for a service
 * principal, and the key policy grants a customer managed key must give. The exporter builds
 * its permissions from this table; lib/export/__tests__/flow-needs.test.ts exports one pipeline
 * per row and checks the template against it, and iam-data.test.ts checks every action and
 * resource against AWS's own list. Pages checked 2026-12-06.
 */

/**
 * Where a resource is: `service:type` is the resource type (as the Service Authorization
 * Reference names it) of the other node of the edge; `@catalog` the S3 locations behind a
 * catalog database (the buckets its crawlers crawl); `@temp` the Glue jobs' temporary
 * directory; `@topic-key` the customer managed key of a topic, `@job-key` that of a Glue job encrypted at rest; `@connection` the Glue
 * connection the edge gets; `@workflow` the Glue workflow a schedule starts; "*" an action
 * that supports no resource.
 */
export type ResourceRef =
  | '*'
  | 's3:bucket'
  | 's3:object'
  | 's3:bucket@catalog'
  | 's3:object@catalog'
  | 's3:bucket@temp'
  | 's3:object@temp'
  | 'sqs:queue'
  | 'sns:topic'
  | 'kms:key@topic-key'
  | 'kms:key@job-key'
  | 'kinesis:stream'
  | 'dynamodb:table'
  | 'dynamodb:stream'
  | 'firehose:deliverystream'
  | 'lambda:function'
  | 'es:domain'
  | 'redshift-data:cluster'
  | 'secretsmanager:Secret'
  | 'datapipeline:pipeline'
  | 'glue:database'
  | 'glue:catalog'
  | 'glue:connection@connection'
  | 'glue:workflow@workflow';

export interface IamNeed {
  /** Whose role holds the statement: the edge's source or its target. */
  holder: 'source' | 'target';
  actions: readonly string[];
  on: ResourceRef;
  /** Only when the resource exists: a topic's key when a service publishes to it, a job's key when it is encrypted at rest. */
  when?: 'topic-key' | 'job-key';
}

export interface PrincipalGrant {
  /** The AWS service principal, e.g. "s3.amazonaws.com". */
  principal: string;
  actions: readonly string[];
}

export interface FlowNeeds {
  meaning: ConnectionMeaning;
  sources: readonly KindId[];
  targets: readonly KindId[];
  iam: readonly IamNeed[];
  /** Statements the target's resource policy (queue/topic policy, Lambda permission) must carry. */
  resourcePolicy?: readonly PrincipalGrant[];
  /** Grants the target's customer managed key must give: an AWS managed key cannot. */
  keyPolicy?: readonly PrincipalGrant[];
  /** Why the flow needs this, in a sentence (docs/export.md). */
  why: string;
  /** The AWS page that documents what this row says. */
  docs: string;
}

const WRITERS = ['lambda-function', 'glue-job', 'emr-cluster', 'iot-rule', 'api-gateway'] as const;
const S3_READ: readonly IamNeed[] = [
  { holder: 'target', actions: ['s3:ListBucket', 's3:GetBucketLocation'], on: 's3:bucket' },
  { holder: 'target', actions: ['s3:GetObject'], on: 's3:object' },
];
const TABLE_READ = ['glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition'];
/** Reading a table through the catalog reads the objects behind it too. GetDatabase acts on the database, not its tables. */
const CATALOG_AND_LOCATION: readonly IamNeed[] = [
  { holder: 'target', actions: ['glue:GetDatabase'], on: 'glue:database' },
  { holder: 'target', actions: TABLE_READ, on: 'glue:catalog' },
  { holder: 'target', actions: ['s3:ListBucket', 's3:GetBucketLocation'], on: 's3:bucket@catalog' },
  { holder: 'target', actions: ['s3:GetObject'], on: 's3:object@catalog' },
];
const KEY_USE = ['kms:GenerateDataKey*', 'kms:Decrypt'];

/** Rows are searched in order: a specific pair comes before a general one. */
export const FLOW_NEEDS: readonly FlowNeeds[] = [
  // Lambda polls with the function's role.
  {
    meaning: 'event-source-mapping', sources: ['kinesis-stream'], targets: ['lambda-function'],
    iam: [{ holder: 'target', actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'], on: 'kinesis:stream' }],
    why: 'Lambda polls the shards with the function\'s role: it describes the stream, lists shards and gets records.', docs: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html',
  },
  {
    meaning: 'event-source-mapping', sources: ['dynamodb-table'], targets: ['lambda-function'],
    iam: [
      { holder: 'target', actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], on: 'dynamodb:stream' },
      { holder: 'target', actions: ['dynamodb:ListStreams'], on: '*' },
    ],
    why: 'Lambda polls the stream with the function\'s role; ListStreams acts on no resource, so it is granted on "*".', docs: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
  },
  {
    meaning: 'event-source-mapping', sources: ['sqs-queue'], targets: ['lambda-function'],
    iam: [{ holder: 'target', actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility'], on: 'sqs:queue' }],
    why: 'Lambda receives, deletes and hides messages with the function\'s role.', docs: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  },
  // Services that push: a resource policy names the service principal.
  {
    meaning: 'push', sources: ['s3-bucket'], targets: ['lambda-function'],
    iam: [{ holder: 'target', actions: ['s3:GetObject'], on: 's3:object' }],
    resourcePolicy: [{ principal: 's3.amazonaws.com', actions: ['lambda:InvokeFunction'] }],
    why: 'S3 invokes the function as its service principal (a permission scoped to the bucket and account); the function reads the object it is told about.', docs: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
  },
  { meaning: 'push', sources: ['sns-topic'], targets: ['lambda-function'], iam: [], resourcePolicy: [{ principal: 'sns.amazonaws.com', actions: ['lambda:InvokeFunction'] }], why: 'SNS invokes the function as its service principal, scoped to the topic.', docs: 'https://docs.aws.amazon.com/sns/latest/dg/sns-lambda-as-subscriber.html' },
  { meaning: 'push', sources: ['iot-rule'], targets: ['lambda-function'], iam: [], resourcePolicy: [{ principal: 'iot.amazonaws.com', actions: ['lambda:InvokeFunction'] }], why: 'IoT invokes the function as its service principal, scoped to the rule.', docs: 'https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html' },
  { meaning: 'push', sources: ['api-gateway'], targets: ['lambda-function'], iam: [], resourcePolicy: [{ principal: 'apigateway.amazonaws.com', actions: ['lambda:InvokeFunction'] }], why: 'API Gateway invokes the function as its service principal, scoped to the API.', docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html' },
  // SNS puts records into a delivery stream through a subscription role it assumes; ListDeliveryStreams acts on no resource.
  {
    meaning: 'push', sources: ['sns-topic'], targets: ['firehose'],
    iam: [
      { holder: 'source', actions: ['firehose:DescribeDeliveryStream', 'firehose:ListTagsForDeliveryStream', 'firehose:PutRecord', 'firehose:PutRecordBatch'], on: 'firehose:deliverystream' },
      { holder: 'source', actions: ['firehose:ListDeliveryStreams'], on: '*' },
    ],
    why: 'SNS assumes the subscription role (trusting sns.amazonaws.com) to put records into the delivery stream; ListDeliveryStreams acts on no resource, so it is granted on "*".', docs: 'https://docs.aws.amazon.com/sns/latest/dg/prereqs-kinesis-data-firehose.html',
  },
  // SQS queues use SSE-SQS, which S3 and SNS can send to without a key grant.
  { meaning: 'push', sources: ['sns-topic'], targets: ['sqs-queue'], iam: [], resourcePolicy: [{ principal: 'sns.amazonaws.com', actions: ['sqs:SendMessage'] }], why: 'SNS sends to the queue as its service principal, scoped to the topic; SSE-SQS needs no key grant.', docs: 'https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html' },
  { meaning: 'push', sources: ['s3-bucket'], targets: ['sqs-queue'], iam: [], resourcePolicy: [{ principal: 's3.amazonaws.com', actions: ['sqs:SendMessage'] }], why: 'S3 sends to the queue as its service principal, scoped to bucket and account; SSE-SQS needs no key grant.', docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html' },
  {
    meaning: 'push', sources: ['s3-bucket'], targets: ['sns-topic'], iam: [],
    resourcePolicy: [{ principal: 's3.amazonaws.com', actions: ['sns:Publish'] }],
    keyPolicy: [{ principal: 's3.amazonaws.com', actions: KEY_USE }],
    why: 'S3 publishes as its service principal, which cannot use aws/sns: the topic gets a key of its own that S3 may use.', docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
  },
  // Schedules: EventBridge invokes functions, and starts Glue through a workflow it notifies.
  { meaning: 'trigger', sources: ['schedule'], targets: ['lambda-function'], iam: [], resourcePolicy: [{ principal: 'events.amazonaws.com', actions: ['lambda:InvokeFunction'] }], why: 'EventBridge invokes the function as its service principal, scoped to the rule.', docs: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html' },
  {
    meaning: 'trigger', sources: ['schedule'], targets: ['glue-job', 'glue-crawler'],
    iam: [{ holder: 'source', actions: ['glue:notifyEvent'], on: 'glue:workflow@workflow' }],
    why: 'EventBridge cannot start Glue directly: the rule notifies a Glue workflow through a role, and the workflow\'s EVENT trigger starts the jobs and crawlers.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/starting-workflow-eventbridge.html',
  },
  { meaning: 'trigger', sources: ['glue-job', 'glue-crawler'], targets: ['glue-job', 'glue-crawler'], iam: [], why: 'A CONDITIONAL Glue trigger starts the next job or crawler when the previous one succeeded: no role.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/trigger-job.html' },
  // Writes act through the writer's role.
  {
    meaning: 'writes', sources: ['glue-job'], targets: ['redshift-cluster'],
    iam: [
      { holder: 'source', actions: ['secretsmanager:GetSecretValue'], on: 'secretsmanager:Secret' },
      { holder: 'source', actions: ['glue:GetConnection'], on: 'glue:connection@connection' },
      // A job with a connection runs in the VPC: Glue creates and tags network interfaces as the job's role.
      // https://docs.aws.amazon.com/glue/latest/dg/create-service-policy.html
      {
        holder: 'source',
        actions: ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups', 'ec2:DescribeVpcEndpoints', 'ec2:DescribeRouteTables', 'ec2:DescribeVpcAttribute', 'ec2:CreateTags', 'ec2:DeleteTags'],
        on: '*',
      },
      // COPY runs as the cluster's role and reads what Spark staged in the job's temporary directory.
      { holder: 'target', actions: ['s3:ListBucket', 's3:GetBucketLocation'], on: 's3:bucket@temp' },
      { holder: 'target', actions: ['s3:GetObject'], on: 's3:object@temp' },
      // A job encrypted at rest stages with SSE-KMS under its own key: COPY must decrypt.
      { holder: 'target', actions: ['kms:Decrypt'], on: 'kms:key@job-key', when: 'job-key' },
    ],
    why: 'Spark writes over a JDBC Glue connection in the cluster\'s VPC, stages in the job\'s temporary directory and runs COPY as the cluster\'s role; it does not use the Data API.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-connect-redshift-home.html',
  },
  { meaning: 'writes', sources: WRITERS, targets: ['s3-bucket'], iam: [{ holder: 'source', actions: ['s3:PutObject', 's3:AbortMultipartUpload'], on: 's3:object' }], why: 'The writer puts objects under its key prefix.', docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html' },
  { meaning: 'writes', sources: WRITERS, targets: ['dynamodb-table'], iam: [{ holder: 'source', actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem', 'dynamodb:DescribeTable'], on: 'dynamodb:table' }], why: 'The writer puts and updates items.', docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/api-permissions-reference.html' },
  { meaning: 'writes', sources: WRITERS, targets: ['sqs-queue'], iam: [{ holder: 'source', actions: ['sqs:SendMessage'], on: 'sqs:queue' }], why: 'The writer sends messages.', docs: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-permissions-reference.html' },
  {
    meaning: 'writes', sources: WRITERS, targets: ['sns-topic'],
    iam: [
      { holder: 'source', actions: ['sns:Publish'], on: 'sns:topic' },
      { holder: 'source', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], on: 'kms:key@topic-key', when: 'topic-key' },
    ],
    why: 'The writer publishes; to a topic with a key of its own it also encrypts with that key.', docs: 'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html',
  },
  { meaning: 'writes', sources: WRITERS, targets: ['kinesis-stream'], iam: [{ holder: 'source', actions: ['kinesis:PutRecord', 'kinesis:PutRecords', 'kinesis:DescribeStreamSummary'], on: 'kinesis:stream' }], why: 'The writer puts records.', docs: 'https://docs.aws.amazon.com/streams/latest/dev/controlling-access.html' },
  { meaning: 'writes', sources: WRITERS, targets: ['firehose'], iam: [{ holder: 'source', actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'], on: 'firehose:deliverystream' }], why: 'The writer puts records into the delivery stream.', docs: 'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html' },
  { meaning: 'writes', sources: WRITERS, targets: ['opensearch-domain'], iam: [{ holder: 'source', actions: ['es:ESHttpPost', 'es:ESHttpPut', 'es:ESHttpGet'], on: 'es:domain' }], why: 'The writer signs HTTP requests to the domain.', docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html' },
  {
    meaning: 'writes', sources: WRITERS, targets: ['redshift-cluster'],
    iam: [
      { holder: 'source', actions: ['secretsmanager:GetSecretValue'], on: 'secretsmanager:Secret' },
      { holder: 'source', actions: ['redshift-data:ExecuteStatement', 'redshift-data:BatchExecuteStatement'], on: 'redshift-data:cluster' },
    ],
    why: 'A function logs in with the cluster\'s managed secret and runs SQL through the Redshift Data API.', docs: 'https://docs.aws.amazon.com/redshift/latest/mgmt/data-api-access.html',
  },
  { meaning: 'writes', sources: WRITERS, targets: ['rds-database'], iam: [{ holder: 'source', actions: ['secretsmanager:GetSecretValue'], on: 'secretsmanager:Secret' }], why: 'The writer logs in with the database\'s managed secret.', docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html' },
  // Data Pipeline runs as DataPipelineDefaultRole; Athena writes results with the caller's credentials.
  { meaning: 'writes', sources: ['lambda-function'], targets: ['data-pipeline'], iam: [{ holder: 'source', actions: ['datapipeline:ActivatePipeline'], on: 'datapipeline:pipeline' }], why: 'A function activates the pipeline definition.', docs: 'https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-iam-resourcebased-access.html' },
  { meaning: 'writes', sources: ['data-pipeline', 'athena-workgroup'], targets: ['s3-bucket', 'redshift-cluster', 'dynamodb-table', 'rds-database', 'opensearch-domain'], iam: [], why: 'Data Pipeline acts through its own default roles and Athena with the caller\'s credentials: no role here.', docs: 'https://docs.aws.amazon.com/athena/latest/ug/querying.html' },
  // Direct reads act through the reader's role.
  { meaning: 'reads', sources: ['s3-bucket'], targets: ['glue-job', 'emr-cluster', 'redshift-cluster'], iam: S3_READ, why: 'The reader (a job, EMR, or COPY as the cluster\'s role) lists the bucket and reads its objects.', docs: 'https://docs.aws.amazon.com/redshift/latest/dg/copy-usage_notes-access-permissions.html' },
  { meaning: 'reads', sources: ['dynamodb-table'], targets: ['glue-job', 'emr-cluster'], iam: [{ holder: 'target', actions: ['dynamodb:DescribeTable', 'dynamodb:Scan', 'dynamodb:Query'], on: 'dynamodb:table' }], why: 'The reader describes, scans and queries the table.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-connect-dynamodb-home.html' },
  { meaning: 'reads', sources: ['rds-database'], targets: ['glue-job', 'emr-cluster'], iam: [{ holder: 'target', actions: ['secretsmanager:GetSecretValue'], on: 'secretsmanager:Secret' }], why: 'The reader logs in with the database\'s managed secret.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/connection-properties.html' },
  { meaning: 'reads', sources: ['kinesis-stream'], targets: ['glue-job'], iam: [{ holder: 'target', actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'], on: 'kinesis:stream' }], why: 'A streaming job reads the shards.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/add-job-streaming.html' },
  { meaning: 'reads', sources: ['sqs-queue'], targets: ['glue-job'], iam: [{ holder: 'target', actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], on: 'sqs:queue' }], why: 'A job receives and deletes messages.', docs: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-permissions-reference.html' },
  { meaning: 'reads', sources: ['s3-bucket', 'dynamodb-table', 'rds-database'], targets: ['data-pipeline'], iam: [], why: 'Data Pipeline acts through its default roles: no role here.', docs: 'https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-iam-roles.html' },
  // An IoT rule has no stream of its own to read: Sluice exports nothing for this edge.
  { meaning: 'reads', sources: ['iot-rule'], targets: ['glue-job'], iam: [], why: 'An IoT rule has no stream of its own to read: nothing is exported for this edge.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/add-job-streaming.html' },
  // Crawlers and the catalog.
  { meaning: 'crawl-target', sources: ['s3-bucket'], targets: ['glue-crawler'], iam: S3_READ, why: 'The crawler lists the bucket and reads objects to infer tables.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/crawler-prereqs.html' },
  { meaning: 'crawl-target', sources: ['dynamodb-table'], targets: ['glue-crawler'], iam: [{ holder: 'target', actions: ['dynamodb:DescribeTable', 'dynamodb:Scan', 'dynamodb:Query'], on: 'dynamodb:table' }], why: 'The crawler describes and scans the table.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/crawler-prereqs.html' },
  { meaning: 'crawl-target', sources: ['rds-database', 'redshift-cluster'], targets: ['glue-crawler'], iam: [{ holder: 'target', actions: ['secretsmanager:GetSecretValue'], on: 'secretsmanager:Secret' }], why: 'The crawler logs in over JDBC with the managed secret.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/crawler-prereqs.html' },
  {
    meaning: 'populates', sources: ['glue-crawler'], targets: ['glue-database'],
    iam: [
      { holder: 'source', actions: ['glue:GetDatabase'], on: 'glue:database' },
      { holder: 'source', actions: ['glue:GetTable', 'glue:GetTables', 'glue:CreateTable', 'glue:UpdateTable', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition', 'glue:BatchCreatePartition', 'glue:BatchUpdatePartition', 'glue:CreatePartition', 'glue:UpdatePartition'], on: 'glue:catalog' },
    ],
    why: 'The crawler reads and writes tables and partitions of its database.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/crawler-prereqs.html',
  },
  { meaning: 'reads-catalog', sources: ['glue-database'], targets: ['glue-job', 'redshift-cluster', 'emr-cluster'], iam: CATALOG_AND_LOCATION, why: 'The reader gets tables through the catalog and reads the S3 objects behind them.', docs: 'https://docs.aws.amazon.com/glue/latest/dg/glue-specifying-resource-arns.html' },
  { meaning: 'reads-catalog', sources: ['glue-database'], targets: ['athena-workgroup'], iam: [], why: 'Athena uses the caller\'s credentials: no role here.', docs: 'https://docs.aws.amazon.com/athena/latest/ug/fine-grained-access-to-glue-resources.html' },
  // Firehose reads and delivers with its own role.
  { meaning: 'delivers', sources: ['kinesis-stream'], targets: ['firehose'], iam: [{ holder: 'target', actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'], on: 'kinesis:stream' }], why: 'Firehose reads the shards with its role.', docs: 'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-kinesis-streams' },
  {
    meaning: 'delivers', sources: ['firehose'], targets: ['s3-bucket'],
    iam: [
      { holder: 'source', actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], on: 's3:bucket' },
      { holder: 'source', actions: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'], on: 's3:object' },
    ],
    why: 'Firehose writes objects (multipart uploads) with its role.', docs: 'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-s3',
  },
  { meaning: 'delivers', sources: ['firehose'], targets: ['redshift-cluster'], iam: [{ holder: 'source', actions: ['secretsmanager:GetSecretValue'], on: 'secretsmanager:Secret' }], why: 'Firehose logs in with the cluster\'s managed secret over the public endpoint and COPYs from its staging bucket.', docs: 'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-rs' },
  {
    meaning: 'delivers', sources: ['firehose'], targets: ['opensearch-domain'],
    iam: [{ holder: 'source', actions: ['es:DescribeDomain', 'es:DescribeDomains', 'es:DescribeDomainConfig', 'es:ESHttpPost', 'es:ESHttpPut', 'es:ESHttpGet'], on: 'es:domain' }],
    why: 'Firehose describes the domain and indexes documents with its role.', docs: 'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-es',
  },
  // Firehose invokes its record processor synchronously with its own role.
  {
    meaning: 'transform', sources: ['firehose'], targets: ['lambda-function'],
    iam: [{ holder: 'source', actions: ['lambda:InvokeFunction', 'lambda:GetFunctionConfiguration'], on: 'lambda:function' }],
    why: 'Firehose invokes the processor function with each buffered batch through its role (no resource policy on the function).', docs: 'https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-s3',
  },
  // A redrive policy needs no permission; FIFO pairing is the rule sqs-fifo-dlq.
  { meaning: 'dead-letter', sources: ['sqs-queue'], targets: ['sqs-queue'], iam: [], why: 'SQS moves a message after maxReceiveCount receives: no permission; FIFO pairing is the rule sqs-fifo-dlq.', docs: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html' },
  // Destinations for failures act through the function's role.
  { meaning: 'on-failure', sources: ['lambda-function'], targets: ['sqs-queue'], iam: [{ holder: 'source', actions: ['sqs:SendMessage'], on: 'sqs:queue' }], why: 'The function\'s role sends failed events to the queue.', docs: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html' },
  {
    meaning: 'on-failure', sources: ['lambda-function'], targets: ['sns-topic'],
    iam: [
      { holder: 'source', actions: ['sns:Publish'], on: 'sns:topic' },
      { holder: 'source', actions: ['kms:GenerateDataKey', 'kms:Decrypt'], on: 'kms:key@topic-key', when: 'topic-key' },
    ],
    why: 'The function\'s role publishes failed events to the topic (and encrypts with its key when it has one).', docs: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
  },
  { meaning: 'on-failure', sources: ['lambda-function'], targets: ['s3-bucket'], iam: [{ holder: 'source', actions: ['s3:PutObject', 's3:AbortMultipartUpload'], on: 's3:object' }], why: 'The function\'s role writes failed events as objects.', docs: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html' },
];

/** The row for an edge of `meaning` from `source` to `target`, or undefined when it needs nothing known. */
export function flowNeeds(meaning: ConnectionMeaning, source: KindId, target: KindId): FlowNeeds | undefined {
  const row = FLOW_NEEDS.find((r) => r.meaning === meaning && r.sources.includes(source) && r.targets.includes(target));
  // An IoT rule action or an API Gateway integration (other than Lambda) writes through the source's role like any writer.
  return row ?? (meaning === 'push' ? flowNeeds('writes', source, target) : undefined);
}

/** The IAM needs of one side of a flow. */
export function iamNeeds(meaning: ConnectionMeaning, source: KindId, target: KindId, holder: IamNeed['holder']): IamNeed[] {
  return (flowNeeds(meaning, source, target)?.iam ?? []).filter((n) => n.holder === holder);
}

/**
 * The AWS services that publish to a node under their own service principal (not a role),
 * with the key actions its customer managed key must grant them, one entry per principal.
 */
export function servicePublishers(graph: PipelineGraph, nodeId: string): { principal: string; keyActions: readonly string[] }[] {
  const target = graph.node(nodeId);
  if (!target) return [];
  const out = new Map<string, readonly string[]>();
  for (const edge of graph.incoming(nodeId)) {
    const source = graph.node(edge.source);
    const meaning = graph.connection(edge)?.meaning;
    if (!source || !meaning) continue;
    for (const grant of flowNeeds(meaning, source.kind, target.kind)?.keyPolicy ?? []) out.set(grant.principal, grant.actions);
  }
  return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([principal, keyActions]) => ({ principal, keyActions }));
}
