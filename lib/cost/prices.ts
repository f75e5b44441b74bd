/**
 * The price book: AWS list prices (USD, on-demand, first pricing tier) per Region, as data.
 * Each item names the AWS pricing page it belongs to and the date it was checked (2026-12-06).
 *
 * Confirmation: on 2026-12-06 each price was looked for on AWS's own pages through the search
 * tool. AWS's pricing pages draw their price tables with script, so their stored copies show
 * the words but not the numbers; a number counts as CONFIRMED only where an AWS page's own text
 * showed it (a worked example, a What's New post): `confirmed` lists those Regions and
 * `confirmedBy` names the page read. Every other number says why it is UNCONFIRMED
 * (`unconfirmed`): most us-east-1 rows agree with Infracost's priced snapshots (the shared
 * reference ../shared/reference/aws-prices.md), a second source but not AWS's page; eu-west-1
 * and ap-southeast-2 rows had no source that could be read. Check them on the page named in
 * `source` before relying on them (docs/cost.md says so). Prices change: this is the one place
 * to update them.
 */

import { PRICED_REGIONS, type PricedRegion } from '../model/region';

/** The Regions priced: the same list a pipeline's `region` field accepts. */
export const REGIONS = PRICED_REGIONS;
export type Region = PricedRegion;

export const PRICES_CHECKED = '2026-12-06';

/** A month as AWS's Pricing Calculator counts it. */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

export interface PriceItem {
  /** What one unit is, e.g. "GB-second" or "request". Prices are per single unit. */
  unit: string;
  usd: Record<Region, number>;
  source: string;
  checked: string;
  /** Regions whose number an AWS page's own text showed when checked (the page is `confirmedBy`). */
  confirmed: readonly Region[];
  confirmedBy?: string;
  /** Why the other Regions' numbers are not confirmed on AWS's page. */
  unconfirmed?: string;
}

const PAGE = {
  lambda: 'https://aws.amazon.com/lambda/pricing/',
  kinesis: 'https://aws.amazon.com/kinesis/data-streams/pricing/',
  dynamodbOnDemand: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  dynamodbProvisioned: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
  sqs: 'https://aws.amazon.com/sqs/pricing/',
  sns: 'https://aws.amazon.com/sns/pricing/',
  s3: 'https://aws.amazon.com/s3/pricing/',
  eventbridge: 'https://aws.amazon.com/eventbridge/pricing/',
  iot: 'https://aws.amazon.com/iot-core/pricing/',
  apiGateway: 'https://aws.amazon.com/api-gateway/pricing/',
  rds: 'https://aws.amazon.com/rds/postgresql/pricing/',
  glue: 'https://aws.amazon.com/glue/pricing/',
  emr: 'https://aws.amazon.com/emr/pricing/',
  firehose: 'https://aws.amazon.com/firehose/pricing/',
  opensearch: 'https://aws.amazon.com/opensearch-service/pricing/',
  redshift: 'https://aws.amazon.com/redshift/pricing/',
  athena: 'https://aws.amazon.com/athena/pricing/',
  dataPipeline: 'https://aws.amazon.com/datapipeline/pricing/',
  cloudwatch: 'https://aws.amazon.com/cloudwatch/pricing/',
} as const;

/** How far a price was confirmed (see the comment at the top). */
interface Status {
  confirmed: readonly Region[];
  confirmedBy?: string;
  unconfirmed?: string;
}

const SCRIPT_TABLE = "AWS's pricing page draws its price table with script: the stored copy searched on 2026-12-06 shows no number";
/** us-east-1 agrees with Infracost's priced snapshot (the shared reference); not seen on AWS's page. */
const US: Status = { confirmed: [], unconfirmed: `${SCRIPT_TABLE}; us-east-1 agrees with Infracost's priced snapshot (shared reference aws-prices.md), a second source; eu-west-1 and ap-southeast-2 had no source to read` };
/** No second source agreed either. */
const NONE: Status = { confirmed: [], unconfirmed: `${SCRIPT_TABLE}; no second source agreed (the shared reference lacks it or has it only second-hand)` };
/** us-east-1 seen in an AWS page's own text (a worked example); the other Regions not. */
const seen = (url: string, what: string): Status => ({
  confirmed: ['us-east-1'],
  confirmedBy: url,
  unconfirmed: `eu-west-1 and ap-southeast-2: ${SCRIPT_TABLE}. us-east-1: ${what}`,
});

function item(unit: string, source: string, usEast1: number, euWest1: number, apSoutheast2: number, status: Status = US): PriceItem {
  return { unit, source, usd: { 'us-east-1': usEast1, 'eu-west-1': euWest1, 'ap-southeast-2': apSoutheast2 }, checked: PRICES_CHECKED, ...status };
}

const M = 1e-6; // "per million" prices are stored per single unit

/** Usage prices: one row per billed dimension. */
export const PRICES = {
  lambdaRequest: item('request', PAGE.lambda, 0.2 * M, 0.2 * M, 0.2 * M, seen(PAGE.lambda, 'the page\'s worked examples (US East) say "$0.20 per 1 million requests"')),
  lambdaGbSecondX86: item('GB-second', PAGE.lambda, 0.0000166667, 0.0000166667, 0.0000166667, seen(PAGE.lambda, 'the page\'s worked examples (US East) say "$0.00001667 per GB-s", this price rounded to four figures')),
  lambdaGbSecondArm: item('GB-second', PAGE.lambda, 0.0000133334, 0.0000133334, 0.0000133334),
  lambdaEphemeralGbSecond: item('GB-second', PAGE.lambda, 0.0000000309, 0.0000000309, 0.0000000309),
  kinesisShardHour: item('shard-hour', PAGE.kinesis, 0.015, 0.015, 0.018),
  kinesisPutUnit: item('PUT payload unit (25 KB)', PAGE.kinesis, 0.014 * M, 0.014 * M, 0.0168 * M),
  kinesisExtendedRetentionShardHour: item('shard-hour', PAGE.kinesis, 0.02, 0.02, 0.024),
  kinesisOnDemandStreamHour: item('stream-hour', PAGE.kinesis, 0.04, 0.04, 0.048),
  kinesisOnDemandGbIn: item('GB written (1 KB rounding)', PAGE.kinesis, 0.08, 0.08, 0.096),
  kinesisOnDemandGbOut: item('GB read', PAGE.kinesis, 0.04, 0.04, 0.048),
  // Enhanced fan-out (provisioned streams): per registered consumer and shard, and per GB it reads.
  kinesisEfoConsumerShardHour: item('consumer-shard-hour', PAGE.kinesis, 0.015, 0.015, 0.018),
  kinesisEfoGbRead: item('GB read (enhanced fan-out)', PAGE.kinesis, 0.013, 0.013, 0.0156),
  dynamodbWriteRequestUnit: item('write request unit', PAGE.dynamodbOnDemand, 0.625 * M, 0.7068 * M, 0.7125 * M),
  dynamodbReadRequestUnit: item('read request unit', PAGE.dynamodbOnDemand, 0.125 * M, 0.1415 * M, 0.1425 * M),
  dynamodbWcuHour: item('WCU-hour', PAGE.dynamodbProvisioned, 0.00065, 0.000735, 0.00074, NONE),
  dynamodbRcuHour: item('RCU-hour', PAGE.dynamodbProvisioned, 0.00013, 0.000147, 0.000148, NONE),
  dynamodbStorageGbMonth: item('GB-month', PAGE.dynamodbOnDemand, 0.25, 0.283, 0.285),
  // Streams read request units: free when Lambda reads the stream (the only reader a design has), so no line uses it yet.
  dynamodbStreamReadRequest: item('streams read request unit', PAGE.dynamodbOnDemand, 0.02 / 100_000, 0.0228 / 100_000, 0.0228 / 100_000, NONE),
  sqsStandardRequest: item('request (64 KB chunk)', PAGE.sqs, 0.4 * M, 0.4 * M, 0.4 * M),
  sqsFifoRequest: item('request (64 KB chunk)', PAGE.sqs, 0.5 * M, 0.5 * M, 0.5 * M),
  snsPublish: item('publish (64 KB chunk)', PAGE.sns, 0.5 * M, 0.5 * M, 0.5 * M),
  s3StorageGbMonth: item('GB-month', PAGE.s3, 0.023, 0.023, 0.025),
  s3PutRequest: item('PUT/COPY/POST/LIST request', PAGE.s3, 0.005 / 1000, 0.005 / 1000, 0.0055 / 1000),
  s3GetRequest: item('GET request', PAGE.s3, 0.0004 / 1000, 0.0004 / 1000, 0.00044 / 1000),
  schedulerInvocation: item('scheduled invocation', PAGE.eventbridge, 1 * M, 1 * M, 1 * M),
  iotMessage: item('message (5 KB chunk)', PAGE.iot, 1 * M, 1 * M, 1.2 * M, NONE),
  iotRuleTriggered: item('rule triggered', PAGE.iot, 0.15 * M, 0.15 * M, 0.18 * M, NONE),
  iotRuleAction: item('action executed', PAGE.iot, 0.15 * M, 0.15 * M, 0.18 * M, NONE),
  apiGatewayHttpRequest: item('HTTP API request (512 KB chunk)', PAGE.apiGateway, 1 * M, 1.11 * M, 1.29 * M, NONE),
  apiGatewayRestRequest: item('REST API request', PAGE.apiGateway, 3.5 * M, 3.5 * M, 4.25 * M, NONE),
  rdsStorageGbMonth: item('GB-month (gp2)', PAGE.rds, 0.115, 0.127, 0.138, NONE),
  glueDpuHour: item('DPU-hour', PAGE.glue, 0.44, 0.44, 0.44, seen('https://aws.amazon.com/jp/glue/pricing/', 'AWS\'s Japanese copy of the page says "DPU 時間あたり 0.44 ドル" ($0.44 per DPU-hour), in an older version (10-minute minimum)')),
  glueFlexDpuHour: item('DPU-hour (Flex)', PAGE.glue, 0.29, 0.29, 0.29, NONE),
  glueCrawlerDpuHour: item('DPU-hour', PAGE.glue, 0.44, 0.44, 0.44),
  glueCatalogObjectMonth: item('object-month (over 1M)', PAGE.glue, 0.00001, 0.00001, 0.00001),
  firehoseGbIngested: item('GB ingested (5 KB rounding)', PAGE.firehose, 0.029, 0.031, 0.036, NONE),
  opensearchGp3GbMonth: item('GB-month (gp3)', PAGE.opensearch, 0.122, 0.135, 0.146, NONE),
  redshiftServerlessRpuHour: item('RPU-hour', PAGE.redshift, 0.375, 0.375, 0.45, NONE),
  athenaTbScanned: item('TB scanned', PAGE.athena, 5, 5, 5),
  redshiftManagedStorageGbMonth: item('GB-month (RA3 managed storage)', PAGE.redshift, 0.024, 0.024, 0.0288, NONE),
  emrServerlessVcpuHour: item('vCPU-hour', PAGE.emr, 0.052624, 0.052624, 0.06579),
  emrServerlessGbHour: item('GB-hour', PAGE.emr, 0.0057785, 0.0057785, 0.0072245),
  dataPipelineLowFrequencyActivity: item('activity-month (low frequency)', PAGE.dataPipeline, 0.6, 0.6, 0.6, NONE),
  dataPipelineHighFrequencyActivity: item('activity-month (high frequency)', PAGE.dataPipeline, 1, 1, 1, NONE),
  // The alarms the export adds (lib/export/cloudformation/alarms.ts): standard resolution, one metric each.
  cloudwatchAlarm: item('alarm-month (standard)', PAGE.cloudwatch, 0.1, 0.1, 0.1),
  // Lambda sends its logs to CloudWatch Logs (lib/cost/logs.ts): ingestion (Standard log class,
  // first tier of Lambda's vended-log prices), and archive storage for the export's 30-day retention.
  cloudwatchLogsIngestedGb: item('GB ingested', PAGE.cloudwatch, 0.5, 0.57, 0.57, NONE),
  cloudwatchLogsStoredGbMonth: item('GB-month', PAGE.cloudwatch, 0.03, 0.03, 0.03, NONE),
} satisfies Record<string, PriceItem>;

export type PriceId = keyof typeof PRICES;

/** Hourly prices of instance types, by type name (the kinds' configs name a type). */
export const INSTANCE_HOURS = {
  rds: {
    'db.t4g.micro': item('instance-hour', PAGE.rds, 0.016, 0.018, 0.02, NONE),
    'db.t4g.medium': item('instance-hour', PAGE.rds, 0.065, 0.072, 0.08, NONE),
    'db.r6g.large': item('instance-hour', PAGE.rds, 0.225, 0.25, 0.28, NONE),
  },
  opensearch: {
    't3.small.search': item('instance-hour', PAGE.opensearch, 0.036, 0.038, 0.046, NONE),
    'r6g.large.search': item('instance-hour', PAGE.opensearch, 0.167, 0.184, 0.206, NONE),
    'm6g.large.search': item('instance-hour', PAGE.opensearch, 0.128, 0.141, 0.158, NONE),
  },
  redshift: {
    'ra3.large': item('node-hour', PAGE.redshift, 0.543, 0.599, 0.682, NONE),
    'ra3.xlplus': item('node-hour', PAGE.redshift, 1.086, 1.198, 1.364, NONE),
    'ra3.4xlarge': item('node-hour', PAGE.redshift, 3.26, 3.606, 4.09, NONE),
    'ra3.16xlarge': item('node-hour', PAGE.redshift, 13.04, 14.424, 16.36, NONE),
    'dc2.large': item('node-hour', PAGE.redshift, 0.25, 0.25, 0.3, NONE),
    'dc2.8xlarge': item('node-hour', PAGE.redshift, 4.8, 4.8, 5.76, NONE),
  },
  /** EMR on EC2: the EC2 on-demand price plus EMR's per-instance uplift, as one hourly price. */
  emr: {
    'm5.xlarge': item('instance-hour (EC2 + EMR)', PAGE.emr, 0.192 + 0.048, 0.214 + 0.048, 0.24 + 0.06, NONE),
    'm5.2xlarge': item('instance-hour (EC2 + EMR)', PAGE.emr, 0.384 + 0.096, 0.428 + 0.096, 0.48 + 0.12, NONE),
    'r5.xlarge': item('instance-hour (EC2 + EMR)', PAGE.emr, 0.252 + 0.063, 0.282 + 0.063, 0.302 + 0.0755, NONE),
  },
} satisfies Record<string, Record<string, PriceItem>>;

/** Monthly free tiers that never expire (always free), by the price they take off. */
export const FREE_TIER: Partial<Record<PriceId, { quantity: number; source: string; pool?: string }>> = {
  lambdaRequest: { quantity: 1_000_000, source: PAGE.lambda },
  // One 400,000 GB-s allowance for x86 and Arm together.
  lambdaGbSecondX86: { quantity: 400_000, source: PAGE.lambda, pool: 'lambda GB-s' },
  lambdaGbSecondArm: { quantity: 400_000, source: PAGE.lambda, pool: 'lambda GB-s' },
  sqsStandardRequest: { quantity: 1_000_000, source: PAGE.sqs },
  snsPublish: { quantity: 1_000_000, source: PAGE.sns },
  dynamodbStorageGbMonth: { quantity: 25, source: PAGE.dynamodbOnDemand },
  // 25 WCU and 25 RCU of provisioned capacity, all month.
  dynamodbWcuHour: { quantity: 25 * HOURS_PER_MONTH, source: PAGE.dynamodbProvisioned },
  dynamodbRcuHour: { quantity: 25 * HOURS_PER_MONTH, source: PAGE.dynamodbProvisioned },
  schedulerInvocation: { quantity: 14_000_000, source: PAGE.eventbridge },
  glueCatalogObjectMonth: { quantity: 1_000_000, source: PAGE.glue },
  cloudwatchAlarm: { quantity: 10, source: PAGE.cloudwatch },
  // 5 GB of logs ingested and 5 GB-month stored: AWS's invoices list them as two allowances
  // ("First 5GB per month of log data ingested is free", "First 5GB-mo per month of logs storage is free").
  cloudwatchLogsIngestedGb: { quantity: 5, source: PAGE.cloudwatch },
  cloudwatchLogsStoredGbMonth: { quantity: 5, source: PAGE.cloudwatch },
};

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}
