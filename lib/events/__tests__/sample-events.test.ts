import { describe, expect, it } from 'vitest';
import { buildGraph, CONNECTION_TABLE, PipelineBuilder } from '../../model';
import { SAMPLE_RECORDS_SHOWN } from '../../model/facts/lambda-events';
import { md5Hex } from '../md5';
import { sampleEvent, type SampleEvent } from '../sample-events';
import { triggerCases } from '../testing/trigger-pipelines';

type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function sample(name: string): SampleEvent & { event: Rec } {
  const c = triggerCases().find((t) => t.name === name)!;
  const s = sampleEvent(buildGraph(c.pipeline), c.edgeId);
  if ('error' in s) throw new Error(s.error);
  return s as SampleEvent & { event: Rec };
}

describe('sample events', () => {
  it('covers every connection kind into a function', () => {
    const into = CONNECTION_TABLE.filter((r) => r.targets.includes('lambda-function')).flatMap((r) => r.sources);
    const covered = new Set(triggerCases().map((c) => c.source));
    expect(into.filter((k) => !covered.has(k))).toEqual([]);
  });

  it('is deterministic: the same design gives the same event', () => {
    for (const c of triggerCases()) {
      expect(JSON.stringify(sampleEvent(buildGraph(c.pipeline), c.edgeId))).toBe(JSON.stringify(sampleEvent(buildGraph(c.pipeline), c.edgeId)));
    }
  });

  it('caps the records shown and says the real batch size', () => {
    // batchSize 25 with a 5 s window: an SQS standard queue takes up to 10,000, so 25 is the figure.
    const s = sample('sqs');
    expect(s.event.Records).toHaveLength(SAMPLE_RECORDS_SHOWN);
    expect(s.maxRecords).toBe(25);
    expect(s.notes[0]).toContain('Up to 25 records per invocation');
    // Kinesis defaults to 100; this edge says 500.
    expect(sample('kinesis').maxRecords).toBe(500);
    // FIFO: AWS's default batch of 10 is also its maximum.
    expect(sample('sqs-fifo').maxRecords).toBe(10);
    expect(sample('s3').maxRecords).toBe(1);
  });

  it('SQS: FIFO records carry MessageGroupId and SequenceNumber, standard ones do not; md5OfBody is the body\'s', () => {
    const fifo = sample('sqs-fifo').event.Records[0];
    expect(fifo.attributes.MessageGroupId).toBe('group-1');
    expect(fifo.attributes.SequenceNumber).toMatch(/^\d{20}$/);
    expect(fifo.eventSourceARN).toBe('arn:aws:sqs:us-east-1:123456789012:src.fifo');
    const standard = sample('sqs').event.Records[0];
    expect(standard.attributes.MessageGroupId).toBeUndefined();
    expect(standard.md5OfBody).toBe(md5Hex(standard.body));
    expect(JSON.parse(standard.body)).toEqual({ id: 'item-1', quantity: 1, note: 'sample record 1' });
  });

  it('Kinesis data is base64 of the JSON payload', () => {
    const r = sample('kinesis').event.Records[1];
    expect(JSON.parse(Buffer.from(r.kinesis.data, 'base64').toString('utf8'))).toEqual({ id: 'item-2', quantity: 2, note: 'sample record 2' });
    expect(r.kinesis.sequenceNumber).toMatch(/^\d{56}$/);
    expect(r.eventID).toBe(`shardId-000000000000:${r.kinesis.sequenceNumber}`);
  });

  it('DynamoDB images follow the stream view type', () => {
    const images = (name: string) => sample(name).event.Records.map((r: Rec) => [r.eventName, 'NewImage' in r.dynamodb, 'OldImage' in r.dynamodb]);
    expect(images('dynamodb-keys_only')).toEqual([['INSERT', false, false], ['MODIFY', false, false], ['REMOVE', false, false]]);
    expect(images('dynamodb-new_image')).toEqual([['INSERT', true, false], ['MODIFY', true, false], ['REMOVE', false, false]]);
    expect(images('dynamodb-old_image')).toEqual([['INSERT', false, false], ['MODIFY', false, true], ['REMOVE', false, true]]);
    expect(images('dynamodb-new_and_old_images')).toEqual([['INSERT', true, false], ['MODIFY', true, true], ['REMOVE', false, true]]);
    const keys = sample('dynamodb-keys_only').event.Records[0].dynamodb;
    expect(keys.Keys).toEqual({ pk: { S: 'item-1' }, at: { S: '2026-12-06T12:00:00Z' } });
    expect(keys.StreamViewType).toBe('KEYS_ONLY');
    expect(sample('dynamodb-new_image').event.Records[0].dynamodb.NewImage.quantity).toEqual({ N: '1' });
  });

  it('S3 keys are URL-encoded, with the edge\'s prefix and suffix', () => {
    const r = sample('s3').event.Records[0];
    expect(r.s3.object.key).toBe('uploads/incoming/2026-12-06/item-1+sample.csv');
    expect(r.s3.bucket.arn).toBe(`arn:aws:s3:::${r.s3.bucket.name}`);
    expect(r.eventTime).toBe('2026-12-06T12:00:00.000Z');
  });

  it('SNS wraps an S3 event when the topic relays a bucket; SQS bodies carry it through SNS', () => {
    const relayed = JSON.parse(sample('sns-s3').event.Records[0].Sns.Message);
    expect(relayed.Records[0].eventSource).toBe('aws:s3');
    expect(relayed.Records[0].s3.bucket.name).toContain('-up-');
    expect(JSON.parse(sample('sns').event.Records[0].Sns.Message)).toEqual({ id: 'item-1', quantity: 1, note: 'sample record 1' });
    expect(JSON.parse(sample('sqs-sns-s3').event.Records[0].body).Records[0].eventSource).toBe('aws:s3');
    expect(JSON.parse(sample('sqs-s3').event.Records[0].body).Records[0].eventName).toBe('ObjectCreated:Put');
  });

  it('says whether the mapping reports batch item failures', () => {
    expect(sample('sqs').reportsItemFailures).toBe(true);
    expect(sample('sqs-whole-batch').reportsItemFailures).toBe(false);
    expect(sample('sqs-whole-batch').notes.join(' ')).toContain('fails (and retries) the whole batch');
  });

  it('API, schedule and IoT events', () => {
    expect(sample('api-http').event.version).toBe('2.0');
    expect(sample('api-http').event.routeKey).toBe('POST /fn');
    expect(sample('api-rest').event.httpMethod).toBe('POST');
    expect(sample('schedule').event['detail-type']).toBe('Scheduled Event');
    expect(sample('iot').event).toEqual({ id: 'item-1', quantity: 1, note: 'sample record 1' });
  });

  it('Firehose processor: base64 records with recordIds, Kinesis metadata only when a stream feeds it, the batch in MB', () => {
    // https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
    const direct = sample('firehose');
    expect(Object.keys(direct.event)).toEqual(['invocationId', 'deliveryStreamArn', 'region', 'records']);
    expect(direct.event.deliveryStreamArn).toBe('arn:aws:firehose:us-east-1:123456789012:deliverystream/src');
    expect(direct.event.records).toHaveLength(SAMPLE_RECORDS_SHOWN);
    const r = direct.event.records[1];
    expect(Object.keys(r)).toEqual(['recordId', 'approximateArrivalTimestamp', 'data']);
    expect(JSON.parse(Buffer.from(r.data, 'base64').toString('utf8'))).toEqual({ id: 'item-2', quantity: 2, note: 'sample record 2' });
    // Epoch milliseconds: 2026-12-06T12:00:00Z = 1,796,558,400 s, the second record 7 ms later.
    expect(r.approximateArrivalTimestamp).toBe(1_796_558_400_007);
    expect(new Set(direct.event.records.map((x: Rec) => x.recordId)).size).toBe(3);
    // A byte-bounded batch: no record count; the edge's 2 MB buffer is 2 x 1,048,576 = 2,097,152 bytes.
    expect(direct.maxRecords).toBeNull();
    expect(direct.reportsItemFailures).toBe(false);
    expect(direct.notes[0]).toContain('processor buffer holds 2 MB or 60 s');
    expect(direct.notes.join(' ')).toContain('6 MB synchronous payload');
    expect(direct.notes.join(' ')).not.toContain('batchItemFailures');
    const kinesis = sample('firehose-kinesis');
    expect(kinesis.event.sourceKinesisStreamArn).toBe('arn:aws:kinesis:us-east-1:123456789012:stream/up');
    expect(kinesis.event.records[0].kinesisRecordMetadata).toMatchObject({ shardId: 'shardId-000000000000', partitionKey: 'partition-1', subsequenceNumber: '' });
    expect(kinesis.event.records[0].kinesisRecordMetadata.sequenceNumber).toMatch(/^\d{56}$/);
    // AWS's default processor buffer: 1 MB.
    expect(kinesis.notes[0]).toContain('processor buffer holds 1 MB or 60 s');
  });

  it('explains an edge that does not invoke a function, and an unknown edge', () => {
    const p = new PipelineBuilder().node('fn', 'lambda-function').node('out', 's3-bucket').edge('fn', 'out').build();
    expect(sampleEvent(buildGraph(p), 'fn-out')).toEqual({ error: 'edge "fn-out" goes into s3-bucket "out", not a Lambda function: only a function receives an event' });
    expect(sampleEvent(buildGraph(p), 'nope')).toEqual({ error: 'no edge has the id "nope"' });
  });
});
