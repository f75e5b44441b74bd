import { defaultNamePrefix } from '../export/cloudformation/references';
import { processorSettings, type PipelineGraph } from '../model';
import { SYNC_PAYLOAD_BYTES } from '../model/facts/lambda';
import { MIB } from '../model/units';
import { SAMPLE_RECORDS_SHOWN } from '../model/facts/lambda-events';
import { dynamodbEvent, firehoseEvent, httpApiEvent, iotEvent, kinesisEvent, restApiEvent, s3Event, scheduleEvent, snsEvent, sqsEvent } from './family-events';
import { triggerOf, type Trigger, type TriggerFamily } from './trigger';

/**
 * The event AWS delivers for each connection into a function, as its pages document it
 * (Lambda Developer Guide "Using Lambda with …" pages and the SAM CLI's `sam local
 * generate-event` templates; shapes checked against @types/aws-lambda in
 * __tests__/sample-event-types.test.ts), with the design's settings applied.
 */


export interface SampleEvent {
  edgeId: string;
  functionId: string;
  sourceId: string;
  family: TriggerFamily;
  event: unknown;
  /** Records in the sample (at most SAMPLE_RECORDS_SHOWN). */
  recordsShown: number;
  /** The most records one invocation carries with the design's settings (null: bounded by size, see the notes). */
  maxRecords: number | null;
  reportsItemFailures: boolean;
  /** What the sample shows and leaves out, in words (batch size, view type, FIFO, wrapping). */
  notes: string[];
}

export interface SampleOptions {
  /** The payloads of the records, one per record (default: SAMPLE_RECORDS_SHOWN made-up items). */
  payloads?: unknown[];
}

/** The made-up item record `i` carries. */
export function samplePayload(i: number): Record<string, unknown> {
  return { id: `item-${i + 1}`, quantity: i + 1, note: `sample record ${i + 1}` };
}

function payloadsFor(trigger: Trigger, options: SampleOptions): unknown[] {
  if (options.payloads) return options.payloads;
  const count = Math.max(1, Math.min(SAMPLE_RECORDS_SHOWN, trigger.maxRecords ?? SAMPLE_RECORDS_SHOWN));
  return Array.from({ length: count }, (_, i) => samplePayload(i));
}

/** The sample event of an edge into a function, or why there is none. */
export function sampleEvent(graph: PipelineGraph, edgeId: string, options: SampleOptions = {}): SampleEvent | { error: string } {
  const edge = graph.edge(edgeId);
  if (!edge) return { error: `no edge has the id "${edgeId}"` };
  const trigger = triggerOf(graph, edge);
  if ('error' in trigger) return trigger;
  const payloads = payloadsFor(trigger, options);
  const prefix = defaultNamePrefix(graph.pipeline.name);
  const built = build(trigger, payloads, prefix);
  const records = recordCount(built.event);
  const notes = [...built.notes];
  if (trigger.maxRecords !== null && trigger.maxRecords > 1) {
    notes.unshift(`Up to ${trigger.maxRecords.toLocaleString('en-US')} records per invocation with this design's batch size; the sample shows ${records}.`);
  }
  if (trigger.family === 'firehose') notes.unshift(...processorBatchNotes(trigger, records));
  if (['sqs', 'kinesis', 'dynamodb'].includes(trigger.family)) {
    notes.push(
      trigger.reportsItemFailures
        ? 'The mapping reports batch item failures: return { batchItemFailures: [{ itemIdentifier }] } for the records that failed.'
        : 'The mapping does not report batch item failures: one failing record fails (and retries) the whole batch. Turn on "Report batch item failures" on the edge to retry only the failed records.',
    );
  }
  return {
    edgeId,
    functionId: trigger.function.id,
    sourceId: trigger.source.id,
    family: trigger.family,
    event: built.event,
    recordsShown: records,
    maxRecords: trigger.maxRecords,
    reportsItemFailures: trigger.reportsItemFailures,
    notes,
  };
}

/** Every sample event into a function, in document order of its edges. */
export function sampleEventsOf(graph: PipelineGraph, functionId: string): SampleEvent[] {
  return graph.incoming(functionId).flatMap((e) => {
    const s = sampleEvent(graph, e.id);
    return 'error' in s ? [] : [s];
  });
}


/** A Firehose processor's batch is bounded by bytes and time, not by a record count. */
function processorBatchNotes(trigger: Trigger, shown: number): string[] {
  const s = processorSettings(trigger.edge.config);
  const mb = (bytes: number) => `${(bytes / MIB).toLocaleString('en-US')} MB`;
  return [
    `Firehose invokes the function when its processor buffer holds ${mb(trigger.maxBytes ?? s.bufferSizeMb * MIB)} or ${s.bufferIntervalSeconds} s have passed, whichever comes first: any number of records fits; the sample shows ${shown}.`,
    `The event and the function's response each stay within Lambda's ${mb(SYNC_PAYLOAD_BYTES)} synchronous payload: a transformation that grows the data past it fails the invocation, which Firehose retries ${s.retries} times before sending the batch to the error output.`,
  ];
}

function recordCount(event: unknown): number {
  const records = event && typeof event === 'object' ? ('Records' in event ? event.Records : 'records' in event ? event.records : undefined) : undefined;
  return Array.isArray(records) ? records.length : 1;
}

function build(trigger: Trigger, payloads: unknown[], prefix: string): { event: unknown; notes: string[] } {
  switch (trigger.family) {
    case 'sqs':
      return sqsEvent(trigger, payloads, prefix);
    case 'kinesis':
      return kinesisEvent(trigger, payloads);
    case 'dynamodb':
      return dynamodbEvent(trigger, payloads);
    case 's3':
      return s3Event(trigger, payloads, prefix);
    case 'sns':
      return snsEvent(trigger, payloads, prefix);
    case 'iot':
      return iotEvent(trigger, payloads);
    case 'api-http':
      return httpApiEvent(trigger, payloads);
    case 'api-rest':
      return restApiEvent(trigger, payloads);
    case 'schedule':
      return scheduleEvent(trigger);
    case 'firehose':
      return firehoseEvent(trigger, payloads);
  }
}
