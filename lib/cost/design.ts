import { eventSourceMappingSettings, type NodeOfKind, type Pipeline, type PipelineEdge, type PipelineNode, processorSettings } from '../model';
import { GLUE_WORKER_DPU } from '../model/kinds/glue-job';
import { type Activity, emptyActivity, type NodeActivity } from './activity';
import { type Flow, firingsPerMonth, mappingInvocationsPerSecond, steadyFlow } from './flow';
import { functionLogBytes, skeletonLines } from './logs';
import { SECONDS_PER_MONTH } from './prices';

/** Seconds one Lambda invocation with `records` records lasts, cut at the timeout (as billed). */
export function lambdaSeconds(fn: NodeOfKind<'lambda-function'>, records: number): number {
  const c = fn.config;
  return Math.min(Math.max(0.001, (c.durationMsPerInvocation + c.durationMsPerRecord * records) / 1000), Math.max(c.timeoutSeconds, 0.001));
}

/** Seconds one Glue job run over `records` records lasts, cut at the timeout. */
export function glueRunSeconds(job: NodeOfKind<'glue-job'>, records: number): number {
  const c = job.config;
  const throughput = c.numberOfWorkers * GLUE_WORKER_DPU[c.workerType] * c.recordsPerSecondPerDpu;
  return Math.min(c.startupSeconds + (records === 0 ? 0 : records / throughput), c.timeoutMinutes * 60);
}

/** Runs per month of a Glue job or crawler: its own schedule plus what triggers it. */
export function runsPerMonth(flow: Flow, node: PipelineNode, seen = new Set<string>()): number {
  if (seen.has(node.id)) return 0;
  seen.add(node.id);
  let runs = 0;
  if (node.kind === 'glue-job' && node.config.trigger.type === 'schedule') runs += firingsPerMonth(node.config.trigger.schedule);
  if (node.kind === 'glue-crawler') runs += firingsPerMonth(node.config.schedule);
  for (const e of flow.graph.incoming(node.id)) {
    if (flow.graph.connection(e)?.meaning !== 'trigger') continue;
    const source = flow.graph.node(e.source);
    if (!source) continue;
    runs += source.kind === 'schedule' ? flow.firings(source) : runsPerMonth(flow, source, seen);
  }
  return runs;
}

function lambdaActivity(flow: Flow, fn: NodeOfKind<'lambda-function'>, a: Activity): void {
  let triggered = 0;
  /** Records a Firehose hands its processor: not part of the function's own rate, but each is an item the skeleton logs. */
  let transformed = 0;
  for (const e of flow.graph.incoming(fn.id)) {
    const meaning = flow.graph.connection(e)?.meaning;
    const source = flow.graph.node(e.source);
    if (!source) continue;
    const edgeRate = flow.rate.get(source.id) ?? 0;
    let perMonth = 0;
    if (meaning === 'event-source-mapping') perMonth = mappingInvocationsPerSecond(flow, e) * SECONDS_PER_MONTH;
    else if (meaning === 'push') perMonth = edgeRate * SECONDS_PER_MONTH;
    else if (meaning === 'trigger') perMonth = source.kind === 'schedule' ? flow.firings(source) : runsPerMonth(flow, source);
    // Firehose invokes its processor once per buffered batch, with every record it receives.
    else if (meaning === 'transform') perMonth = processorBatchesPerMonth(flow, source, e);
    if (perMonth <= 0) continue;
    const recordsPerInvocation = meaning === 'trigger' ? 1 : (edgeRate * SECONDS_PER_MONTH) / perMonth;
    a.invocations += perMonth;
    a.computeSeconds += perMonth * lambdaSeconds(fn, recordsPerInvocation);
    if (meaning === 'trigger') triggered += perMonth;
    if (meaning === 'transform') transformed += edgeRate * SECONDS_PER_MONTH;
  }
  // The skeleton handles each record as an item, and a triggered invocation (a tick) as one.
  a.logBytes = functionLogBytes(fn, a.invocations, a.records + triggered + transformed, a.recordBytes, skeletonLines(flow.graph, fn));
}

/** Records a crawler's targets gain in a month: the new objects it has to look at. */
function crawledRecords(flow: Flow, crawler: PipelineNode): number {
  let records = 0;
  for (const e of flow.graph.incoming(crawler.id)) if (flow.graph.connection(e)?.meaning === 'crawl-target') records += (flow.rate.get(e.source) ?? 0) * SECONDS_PER_MONTH;
  return records;
}

/** Shared by both estimates: what a node's consumers and writers do that its own bill counts. */
export function consumerBatchesPerMonth(flow: Flow, queue: PipelineNode): number {
  let batches = 0;
  for (const e of flow.graph.outgoing(queue.id)) if (flow.graph.connection(e)?.meaning === 'event-source-mapping') batches += mappingInvocationsPerSecond(flow, e) * SECONDS_PER_MONTH;
  return batches;
}

/**
 * The CloudWatch alarms the export adds for a node (lib/export/cloudformation/alarms.ts, kept
 * in step by a test): a function's errors and throttles, plus its iterator age when it reads a
 * stream; one on the depth of a queue that receives failures (a DLQ or an on-failure destination).
 */
export function alarmsOf(flow: Flow, node: PipelineNode): number {
  if (node.kind === 'lambda-function') {
    const readsStream = flow.graph.incoming(node.id).some((e) => {
      const source = flow.graph.node(e.source);
      return flow.graph.connection(e)?.meaning === 'event-source-mapping' && (source?.kind === 'kinesis-stream' || source?.kind === 'dynamodb-table');
    });
    return readsStream ? 3 : 2;
  }
  if (node.kind === 'sqs-queue') {
    const holdsFailures = flow.graph.incoming(node.id).some((e) => {
      const m = flow.graph.connection(e)?.meaning;
      return m === 'dead-letter' || m === 'on-failure';
    });
    return holdsFailures ? 1 : 0;
  }
  return 0;
}

/** Kinesis: the event source mappings reading through their own enhanced fan-out consumer. */
export function fanOutConsumersOf(flow: Flow, node: PipelineNode): number {
  if (node.kind !== 'kinesis-stream') return 0;
  return flow.graph.outgoing(node.id).filter((e) => flow.graph.connection(e)?.meaning === 'event-source-mapping' && eventSourceMappingSettings(node.kind, e.config).enhancedFanOut).length;
}

/** Streams: consumers reading every record. IoT rules: the actions each message runs. */
export function readersOf(flow: Flow, node: PipelineNode): number {
  if (node.kind === 'iot-rule') return flow.graph.outgoing(node.id).filter((e) => flow.graph.connection(e)?.meaning !== undefined).length;
  return flow.graph.outgoing(node.id).filter((e) => {
    const m = flow.graph.connection(e)?.meaning;
    return m === 'event-source-mapping' || m === 'delivers' || m === 'reads';
  }).length;
}

/**
 * S3 objects written in a month (PUT requests): one per uploaded record; a function writes one
 * object per invocation (its batch); Firehose one per buffer flush; other writers one per record.
 */
export function objectsWrittenPerMonth(flow: Flow, bucket: PipelineNode, recordsFrom: (sourceId: string) => number, invocationsOf: (sourceId: string) => number): number {
  let objects = 0;
  const own = (bucket.config as { traffic?: { recordsPerSecond: number } }).traffic?.recordsPerSecond ?? 0;
  objects += own * SECONDS_PER_MONTH;
  for (const e of flow.graph.incoming(bucket.id)) {
    const source = flow.graph.node(e.source);
    const m = flow.graph.connection(e)?.meaning;
    if (!source || (m !== 'writes' && m !== 'delivers' && m !== 'push')) continue;
    if (source.kind === 'firehose') objects += firehoseFlushesPerMonth(flow, source);
    else if (source.kind === 'lambda-function') objects += invocationsOf(source.id);
    else objects += recordsFrom(source.id);
  }
  return objects;
}

/** Firehose flushes its buffer when it holds bufferSizeMb or after bufferIntervalSeconds, whichever comes first. */
export function firehoseFlushesPerMonth(flow: Flow, firehose: NodeOfKind<'firehose'>): number {
  return flushesPerMonth(flow, firehose.id, firehose.config.bufferSizeMb, firehose.config.bufferIntervalSeconds);
}

/** Batches Firehose hands its Lambda processor: its own buffer, 1 MB or 60 s unless the edge says otherwise. */
export function processorBatchesPerMonth(flow: Flow, firehose: PipelineNode, edge: PipelineEdge): number {
  const hints = processorSettings(edge.config);
  return flushesPerMonth(flow, firehose.id, hints.bufferSizeMb, hints.bufferIntervalSeconds);
}

function flushesPerMonth(flow: Flow, nodeId: string, sizeMb: number, intervalSeconds: number): number {
  const rate = flow.rate.get(nodeId) ?? 0;
  if (rate <= 0) return 0;
  const bytesPerSecond = rate * (flow.bytes.get(nodeId) ?? 1024);
  const bySize = sizeMb > 0 ? bytesPerSecond / (sizeMb * 1024 * 1024) : Infinity;
  const byTime = intervalSeconds > 0 ? 1 / intervalSeconds : Infinity;
  const perSecond = Math.max(bySize, byTime === Infinity ? 0 : byTime);
  return Math.min(perSecond === Infinity ? rate : perSecond, rate) * SECONDS_PER_MONTH;
}

/** The design estimate's activity: traffic times settings, in steady state, for a 730-hour month. */
export function designActivity(pipeline: Pipeline, flow: Flow = steadyFlow(pipeline)): NodeActivity[] {
  const activities = pipeline.nodes.map((node) => {
    const a = emptyActivity();
    a.records = (flow.rate.get(node.id) ?? 0) * SECONDS_PER_MONTH;
    a.recordBytes = flow.bytes.get(node.id) ?? 1024;
    a.readers = readersOf(flow, node);
    a.alarms = alarmsOf(flow, node);
    a.fanOutConsumers = fanOutConsumersOf(flow, node);
    if (node.kind === 'lambda-function') lambdaActivity(flow, node, a);
    if (node.kind === 'sqs-queue') a.consumerBatches = consumerBatchesPerMonth(flow, node);
    if (node.kind === 'glue-job') {
      a.invocations = runsPerMonth(flow, node);
      if (a.invocations > 0) a.computeSeconds = a.invocations * glueRunSeconds(node, a.records / a.invocations);
    }
    if (node.kind === 'glue-crawler') {
      a.invocations = runsPerMonth(flow, node);
      const perRun = a.invocations > 0 ? crawledRecords(flow, node) / a.invocations : 0;
      a.computeSeconds = a.invocations * (node.config.baseRunSeconds + node.config.secondsPerObject * perRun);
    }
    if (node.kind === 'schedule') a.invocations = flow.firings(node);
    return { node, activity: a };
  });
  const byId = new Map(activities.map((x) => [x.node.id, x.activity]));
  for (const { node, activity } of activities) {
    if (node.kind === 's3-bucket') {
      activity.objectsWritten = objectsWrittenPerMonth(flow, node, (id) => (flow.rate.get(id) ?? 0) * SECONDS_PER_MONTH, (id) => byId.get(id)?.invocations ?? 0);
    }
  }
  return activities;
}
