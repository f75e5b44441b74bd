import type { PipelineNode } from '../model';

/**
 * What a node does in one month, the quantities a bill counts. The design estimate works them
 * out from traffic and settings (steady state); the simulation estimate from what a run did,
 * scaled to a month. Both are priced by the same code (usage.ts), so they differ only where
 * the work differs (retries, throttles, failures).
 */
export interface Activity {
  /** Records arriving at the node in the month (for a source: what it receives or emits). */
  records: number;
  /** Their average size in bytes. */
  recordBytes: number;
  /** Lambda: invocations (retries included). Glue job, crawler: runs. */
  invocations: number;
  /** Lambda: seconds of all invocations. Glue job, crawler: seconds of all runs. */
  computeSeconds: number;
  /** Queues: batches consumers received (each a receive and a delete request). */
  consumerBatches: number;
  /** Streams: consumers reading every record (event source mappings, Firehose, Glue). */
  readers: number;
  /** S3: objects written (PUT requests). */
  objectsWritten: number;
  /** CloudWatch alarms the export adds for the node (lib/export/cloudformation/alarms.ts). */
  alarms: number;
  /** Kinesis: consumers reading through enhanced fan-out (their own consumer each). */
  fanOutConsumers: number;
  /** Lambda: bytes of logs it sends to CloudWatch Logs (lib/cost/logs.ts), as CloudWatch counts them. */
  logBytes: number;
}

export interface NodeActivity {
  node: PipelineNode;
  activity: Activity;
}

export function emptyActivity(): Activity {
  return { records: 0, recordBytes: 1024, invocations: 0, computeSeconds: 0, consumerBatches: 0, readers: 0, objectsWritten: 0, alarms: 0, fanOutConsumers: 0, logBytes: 0 };
}
