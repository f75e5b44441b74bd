import type { KindId } from '../../model';
import type { Behaviour } from '../behaviour';
import { apiGatewayBehaviour } from './api-gateway';
import { athenaWorkgroupBehaviour } from './athena-workgroup';
import { dataPipelineBehaviour } from './data-pipeline';
import { dynamodbTableBehaviour } from './dynamodb-table';
import { emrClusterBehaviour } from './emr-cluster';
import { firehoseBehaviour } from './firehose';
import { glueCrawlerBehaviour } from './glue-crawler';
import { glueDatabaseBehaviour } from './glue-database';
import { glueJobBehaviour } from './glue-job';
import { iotRuleBehaviour } from './iot-rule';
import { kinesisStreamBehaviour } from './kinesis-stream';
import { lambdaFunctionBehaviour } from './lambda-function';
import { opensearchDomainBehaviour } from './opensearch-domain';
import { rdsDatabaseBehaviour } from './rds-database';
import { redshiftClusterBehaviour } from './redshift-cluster';
import { s3BucketBehaviour } from './s3-bucket';
import { scheduleBehaviour } from './schedule';
import { snsTopicBehaviour } from './sns-topic';
import { sqsQueueBehaviour } from './sqs-queue';

/** Every kind's behaviour. The engine is handed this table and knows no kind itself. */
export const BEHAVIOURS: Record<KindId, Behaviour> = {
  's3-bucket': s3BucketBehaviour,
  'kinesis-stream': kinesisStreamBehaviour,
  'dynamodb-table': dynamodbTableBehaviour,
  'sns-topic': snsTopicBehaviour,
  'sqs-queue': sqsQueueBehaviour,
  'iot-rule': iotRuleBehaviour,
  schedule: scheduleBehaviour,
  'api-gateway': apiGatewayBehaviour,
  'rds-database': rdsDatabaseBehaviour,
  'lambda-function': lambdaFunctionBehaviour,
  'glue-crawler': glueCrawlerBehaviour,
  'glue-database': glueDatabaseBehaviour,
  'glue-job': glueJobBehaviour,
  'emr-cluster': emrClusterBehaviour,
  firehose: firehoseBehaviour,
  'opensearch-domain': opensearchDomainBehaviour,
  'redshift-cluster': redshiftClusterBehaviour,
  'athena-workgroup': athenaWorkgroupBehaviour,
  'data-pipeline': dataPipelineBehaviour,
};
