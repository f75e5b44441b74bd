import { SAMPLE_REGION } from '../model/facts/lambda-events';
import { md5Hex } from './md5';
import { sampleArn, sampleResourceName, sampleSequence } from './sample-ids';
import type { Trigger } from './trigger';

/** A DynamoDB attribute value, as a stream record writes it. */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

/** A JSON value as DynamoDB attribute values (numbers as decimal strings, the way the stream sends them). */
export function marshal(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(marshal) };
  if (typeof value === 'object') return { M: marshalItem(value as Record<string, unknown>) };
  return { S: String(value) };
}

export function marshalItem(item: Record<string, unknown>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, marshal(v)]));
}

const EVENT_NAMES = ['INSERT', 'MODIFY', 'REMOVE'] as const;

/**
 * One stream record. The records cycle INSERT, MODIFY, REMOVE so every image case shows; which
 * images a record has follows the stream view type
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html#Streams.Enabling, checked 2026-12-06):
 * KEYS_ONLY none, NEW_IMAGE the item after (not on REMOVE), OLD_IMAGE the item before (not on
 * INSERT), NEW_AND_OLD_IMAGES both where they exist.
 */
export function dynamodbRecord(trigger: Trigger, payload: unknown, i: number, seed: string) {
  const table = trigger.source;
  if (table.kind !== 'dynamodb-table') throw new Error('a DynamoDB record needs a table source');
  const view = table.config.streamViewType;
  const body = payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : { value: payload };
  const keyValues: Record<string, unknown> = { [table.config.partitionKey]: String(body.id ?? `item-${i + 1}`) };
  if (table.config.sortKey) keyValues[table.config.sortKey] = '2026-12-06T12:00:00Z';
  const eventName = EVENT_NAMES[i % EVENT_NAMES.length];
  const after = { ...body, ...keyValues };
  const before = { ...after, note: 'before the change' };
  const Keys = marshalItem(keyValues);
  const withNew = (view === 'NEW_IMAGE' || view === 'NEW_AND_OLD_IMAGES') && eventName !== 'REMOVE';
  const withOld = (view === 'OLD_IMAGE' || view === 'NEW_AND_OLD_IMAGES') && eventName !== 'INSERT';
  const NewImage = withNew ? marshalItem(after) : undefined;
  const OldImage = withOld ? marshalItem(eventName === 'REMOVE' ? after : before) : undefined;
  const dynamodb = {
    ApproximateCreationDateTime: 1796558400 + i,
    Keys,
    ...(NewImage ? { NewImage } : {}),
    ...(OldImage ? { OldImage } : {}),
    SequenceNumber: sampleSequence(seed, i, 21),
    // The item's size as DynamoDB counts it is close to its text: names plus values.
    SizeBytes: JSON.stringify([Keys, NewImage ?? null, OldImage ?? null]).length,
    StreamViewType: view,
  };
  return {
    eventID: md5Hex(`${seed}/${i}`),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: SAMPLE_REGION,
    dynamodb,
    eventSourceARN: sampleArn('dynamodb', `table/${sampleResourceName(table)}/stream/2026-12-06T12:00:00.000`),
  };
}
