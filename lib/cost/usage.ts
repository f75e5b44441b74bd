import type { KindId, PipelineNode } from '../model';
import { GLUE_WORKER_DPU } from '../model/kinds/glue-job';
import type { Activity } from './activity';
import { EXPORTED_LOG_RETENTION_DAYS, storedShareOfMonth } from './logs';
import { HOURS_PER_MONTH, INSTANCE_HOURS, type PriceId, type PriceItem, PRICES } from './prices';

/** One billed quantity for a month: what it counts and the price it is billed at. */
export interface Usage {
  /** What the quantity counts, in words ("invocations", "GB-s at 512 MB"). */
  counts: string;
  quantity: number;
  /** A row of PRICES, or an instance price; undefined when the book has no price for the type named. */
  priceId?: PriceId;
  price?: PriceItem;
  /** Shown when there is no price: what is missing. */
  note?: string;
}

const KB = 1024;
const GB = 1024 ** 3;
const chunks = (bytes: number, size: number) => Math.max(1, Math.ceil(bytes / size));
const bill = (priceId: PriceId, quantity: number, counts: string): Usage => ({ priceId, price: PRICES[priceId], quantity, counts });

/** The CloudWatch alarms the export adds for the node, billed by the month. */
const alarms = (a: Activity): Usage[] => (a.alarms > 0 ? [bill('cloudwatchAlarm', a.alarms, `CloudWatch alarm${a.alarms === 1 ? '' : 's'} (exported)`)] : []);

/** A function's CloudWatch Logs: what it sends, and the average its log group keeps (30-day retention). */
const logs = (a: Activity): Usage[] => {
  if (a.logBytes <= 0) return [];
  const gb = a.logBytes / GB;
  return [
    bill('cloudwatchLogsIngestedGb', gb, 'GB of logs ingested (START/END/REPORT + handler lines)'),
    bill('cloudwatchLogsStoredGbMonth', gb * storedShareOfMonth(), `GB-month of logs stored (kept ${EXPORTED_LOG_RETENTION_DAYS} days)`),
  ];
};

function instance(group: keyof typeof INSTANCE_HOURS, type: string, quantity: number, counts: string): Usage {
  const table = INSTANCE_HOURS[group] as Record<string, PriceItem>;
  const price = table[type];
  return price ? { price, quantity, counts } : { quantity, counts, note: `no list price in the book for ${type}` };
}

type Node<K extends KindId> = Extract<PipelineNode, { kind: K }>;
type UsageOf = { [K in KindId]: (node: Node<K>, a: Activity) => Usage[] };

/** Minimum billed duration of one Glue 2.0+ job run, and of one crawler run (Glue pricing page). */
export const GLUE_JOB_MINIMUM_SECONDS = 60;
export const GLUE_CRAWLER_MINIMUM_SECONDS = 600;
/** Python shell jobs run on 1/16 DPU by default (Glue pricing page). */
const PYTHON_SHELL_DPU = 0.0625;
/** A crawler's DPUs are chosen by Glue; the estimate assumes 1 (docs/cost.md). */
const CRAWLER_DPU = 1;

function glueDpuHours(runs: number, computeSeconds: number, dpu: number, minimum: number): number {
  if (runs <= 0) return 0;
  return (runs * Math.max(computeSeconds / runs, minimum) * dpu) / 3600;
}

/** Per kind, the quantities its bill counts. Every kind is here: the type makes a missing one a compile error. */
export const USAGE: UsageOf = {
  'lambda-function': (fn, a) => {
    const gb = fn.config.memoryMb / 1024;
    const arm = fn.config.architecture === 'arm64';
    const lines = [
      bill('lambdaRequest', a.invocations, 'invocations'),
      bill(arm ? 'lambdaGbSecondArm' : 'lambdaGbSecondX86', a.computeSeconds * gb, `GB-s (${fn.config.memoryMb} MB ${fn.config.architecture})`),
    ];
    const extra = (fn.config.ephemeralStorageMb - 512) / 1024;
    if (extra > 0) lines.push(bill('lambdaEphemeralGbSecond', a.computeSeconds * extra, `GB-s of /tmp over 512 MB`));
    return [...lines, ...logs(a), ...alarms(a)];
  },
  'kinesis-stream': (s, a) => {
    if (s.config.mode === 'on-demand') {
      const gbIn = (a.records * chunks(a.recordBytes, KB) * KB) / GB;
      return [
        bill('kinesisOnDemandStreamHour', HOURS_PER_MONTH, 'stream-hours'),
        bill('kinesisOnDemandGbIn', gbIn, 'GB written'),
        bill('kinesisOnDemandGbOut', gbIn * a.readers, `GB read by ${a.readers} consumer(s)`),
      ];
    }
    const lines = [
      bill('kinesisShardHour', s.config.shardCount * HOURS_PER_MONTH, 'shard-hours'),
      bill('kinesisPutUnit', a.records * chunks(a.recordBytes, 25 * KB), 'PUT payload units'),
    ];
    if (s.config.retentionHours > 24) lines.push(bill('kinesisExtendedRetentionShardHour', s.config.shardCount * HOURS_PER_MONTH, 'extended-retention shard-hours'));
    if (a.fanOutConsumers > 0) {
      const n = a.fanOutConsumers;
      lines.push(bill('kinesisEfoConsumerShardHour', n * s.config.shardCount * HOURS_PER_MONTH, `enhanced fan-out consumer-shard-hours (${n} consumer${n === 1 ? '' : 's'})`));
      lines.push(bill('kinesisEfoGbRead', (n * a.records * a.recordBytes) / GB, 'GB read by enhanced fan-out'));
    }
    return lines;
  },
  'dynamodb-table': (t, a) => {
    // An item holds at most 400 KB: larger records cannot be items, so the estimate caps them.
    const units = a.records * chunks(Math.min(a.recordBytes, 400 * KB), KB);
    const storage = bill('dynamodbStorageGbMonth', (a.records * Math.min(a.recordBytes, 400 * KB)) / GB, 'GB-month stored (one month of writes)');
    if (t.config.billingMode === 'PROVISIONED') {
      // Provisioned capacity is billed per hour whether used or not.
      const { readCapacityUnits: rcu, writeCapacityUnits: wcu } = t.config;
      return [bill('dynamodbWcuHour', wcu * HOURS_PER_MONTH, `WCU-hours (${wcu} WCU)`), bill('dynamodbRcuHour', rcu * HOURS_PER_MONTH, `RCU-hours (${rcu} RCU)`), storage];
    }
    return [bill('dynamodbWriteRequestUnit', units, 'write request units'), storage];
  },
  'sqs-queue': (q, a) => {
    const id: PriceId = q.config.fifo ? 'sqsFifoRequest' : 'sqsStandardRequest';
    const sends = a.records * chunks(a.recordBytes, 64 * KB);
    const batchBytes = a.consumerBatches > 0 ? (a.records / a.consumerBatches) * a.recordBytes : 0;
    const reads = 2 * a.consumerBatches * chunks(batchBytes, 64 * KB);
    return [bill(id, sends, 'send requests'), bill(id, reads, 'receive + delete requests'), ...alarms(a)];
  },
  'sns-topic': (_t, a) => [bill('snsPublish', a.records * chunks(a.recordBytes, 64 * KB), 'publishes')],
  's3-bucket': (b, a) => {
    const days = b.config.expireAfterDays;
    const monthsKept = days > 0 ? Math.min(1, days / (HOURS_PER_MONTH / 24)) : 1;
    return [
      bill('s3PutRequest', a.objectsWritten, 'PUT requests'),
      bill('s3StorageGbMonth', ((a.records * a.recordBytes) / GB) * monthsKept, days > 0 ? `GB-month stored (kept ${days} days)` : 'GB-month stored (one month of writes)'),
    ];
  },
  schedule: (_s, a) => [bill('schedulerInvocation', a.invocations, 'scheduled invocations')],
  'iot-rule': (_r, a) => [
    bill('iotMessage', a.records * chunks(a.recordBytes, 5 * KB), 'messages'),
    bill('iotRuleTriggered', a.records, 'rules triggered'),
    bill('iotRuleAction', a.records * a.readers, 'actions'),
  ],
  'api-gateway': (g, a) =>
    g.config.apiType === 'http'
      ? [bill('apiGatewayHttpRequest', a.records * chunks(a.recordBytes, 512 * KB), 'HTTP API requests')]
      : [bill('apiGatewayRestRequest', a.records, 'REST API requests')],
  'rds-database': (d) => [
    instance('rds', d.config.instanceClass, HOURS_PER_MONTH, `${d.config.instanceClass} instance-hours`),
    bill('rdsStorageGbMonth', d.config.allocatedStorageGb, 'GB-month allocated'),
  ],
  'glue-job': (j, a) => {
    const dpu = j.config.numberOfWorkers * GLUE_WORKER_DPU[j.config.workerType];
    if (j.config.jobType === 'gluestreaming') return [bill('glueDpuHour', dpu * HOURS_PER_MONTH, `DPU-hours (${dpu} DPU streaming, always on)`)];
    if (j.config.jobType === 'pythonshell') return [bill('glueDpuHour', glueDpuHours(a.invocations, a.computeSeconds, PYTHON_SHELL_DPU, GLUE_JOB_MINIMUM_SECONDS), `DPU-hours (${a.invocations} runs at 0.0625 DPU)`)];
    const flex = j.config.jobType === 'glueetl' && j.config.executionClass === 'FLEX';
    return [bill(flex ? 'glueFlexDpuHour' : 'glueDpuHour', glueDpuHours(a.invocations, a.computeSeconds, dpu, GLUE_JOB_MINIMUM_SECONDS), `DPU-hours (${fmt(a.invocations)} runs × ${dpu} DPU${flex ? ' Flex' : ''}, 1-minute minimum)`)];
  },
  'glue-crawler': (_c, a) => [
    bill('glueCrawlerDpuHour', glueDpuHours(a.invocations, a.computeSeconds, CRAWLER_DPU, GLUE_CRAWLER_MINIMUM_SECONDS), `DPU-hours (${fmt(a.invocations)} runs, 10-minute minimum)`),
  ],
  'glue-database': () => [bill('glueCatalogObjectMonth', 1, 'catalog objects (the database)')],
  'emr-cluster': (c) =>
    c.config.deployment === 'serverless'
      ? [{ ...bill('emrServerlessVcpuHour', 0, 'vCPU-hours'), note: 'the design gives no job size; simulate or price the jobs by hand' }]
      : [instance('emr', c.config.instanceType, c.config.instanceCount * HOURS_PER_MONTH, `${c.config.instanceType} instance-hours`)],
  firehose: (_f, a) => [bill('firehoseGbIngested', (a.records * chunks(a.recordBytes, 5 * KB) * 5 * KB) / GB, 'GB ingested')],
  'opensearch-domain': (d) => [
    instance('opensearch', d.config.instanceType, d.config.instanceCount * HOURS_PER_MONTH, `${d.config.instanceType} instance-hours`),
    bill('opensearchGp3GbMonth', d.config.instanceCount * d.config.volumeSizeGb, 'GB-month of gp3 volumes'),
  ],
  'redshift-cluster': (r) => [instance('redshift', r.config.nodeType, r.config.numberOfNodes * HOURS_PER_MONTH, `${r.config.nodeType} node-hours`)],
  'athena-workgroup': () => [{ ...bill('athenaTbScanned', 0, 'TB scanned'), note: 'the design gives no query volume' }],
  'data-pipeline': (p) => {
    const daily = /^rate\((\d+) (day|days)\)$/.test(p.config.schedule) || /^rate\(\d+ weeks?\)$/.test(p.config.schedule);
    return [bill(daily ? 'dataPipelineLowFrequencyActivity' : 'dataPipelineHighFrequencyActivity', 1, daily ? 'activities (daily or less often)' : 'activities (more than daily)')];
  },
};

function fmt(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1);
}

export function usageOf(node: PipelineNode, activity: Activity): Usage[] {
  return (USAGE[node.kind] as (n: PipelineNode, a: Activity) => Usage[])(node, activity);
}
