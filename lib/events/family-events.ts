import { SAMPLE_ACCOUNT, SAMPLE_REGION } from '../model/facts/lambda-events';
import { dynamodbRecord } from './dynamodb-sample';
import { md5Hex } from './md5';
import { base64Utf8, s3EventKey, sampleArn, sampleBucketName, sampleResourceName, sampleSequence, sampleUuid } from './sample-ids';
import type { Trigger } from './trigger';

/**
 * One builder per trigger family: the event AWS delivers, as the Lambda Developer Guide's
 * "Using Lambda with …" pages and the SAM CLI's `sam local generate-event` templates show it.
 * Their return types are checked against @types/aws-lambda (__tests__/sample-event-types.test.ts).
 */

/** Fixed time of every sample (2026-12-06T12:00:00Z): samples never read the clock. */
export const SAMPLE_TIME_SECONDS = 1796558400;
const ISO = '2026-12-06T12:00:00.000Z';

export interface Built<E> {
  event: E;
  notes: string[];
}

const text = (payload: unknown) => (typeof payload === 'string' ? payload : JSON.stringify(payload));

/** The object name a record's key shows: the payload's id, with a space S3 encodes as "+". */
function objectName(payload: unknown, i: number): string {
  const id = payload && typeof payload === 'object' && 'id' in payload ? String(payload.id) : `item-${i + 1}`;
  return `${id} sample`;
}

function s3Record(bucket: string, trigger: Trigger, i: number, seed: string, payload: unknown) {
  // Only a direct notification has the edge's filter; a relayed one was filtered upstream.
  const prefix = trigger.family === 's3' ? (trigger.edge.config.filterPrefix ?? '') : '';
  const suffix = trigger.family === 's3' ? (trigger.edge.config.filterSuffix ?? '.json') : '.json';
  const key = `${prefix}incoming/2026-12-06/${objectName(payload, i)}${suffix}`;
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: SAMPLE_REGION,
    eventTime: ISO,
    eventName: 'ObjectCreated:Put',
    userIdentity: { principalId: 'AWS:AIDAINPONIXQXHT3IKHL2' },
    requestParameters: { sourceIPAddress: '203.0.113.10' },
    responseElements: { 'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: `${trigger.edge.id}-notification`,
      bucket: { name: bucket, ownerIdentity: { principalId: 'A3NL1KOZZKExample' }, arn: `arn:aws:s3:::${bucket}` },
      object: { key: s3EventKey(key), size: 1024 * (i + 1), eTag: md5Hex(`${seed}/${i}`), sequencer: `0A1B2C3D4E5F6${String(678 + i).padStart(3, '0')}` },
    },
  };
}

/** What a relayed message holds: the payload itself, or an S3 notification of one object. */
function relayed(trigger: Trigger, payload: unknown, i: number, prefix: string): string {
  if (trigger.payload !== 's3-event') return text(payload);
  const bucket = sampleBucketName(prefix, trigger.relayBucket ?? trigger.source);
  return JSON.stringify({ Records: [s3Record(bucket, trigger, i, `${trigger.edge.id}/relay`, payload)] });
}

export function sqsEvent(trigger: Trigger, payloads: unknown[], prefix: string) {
  const seed = trigger.edge.id;
  const queue = sampleResourceName(trigger.source);
  const Records = payloads.map((payload, i) => {
    const body = relayed(trigger, payload, i, prefix);
    const sent = SAMPLE_TIME_SECONDS * 1000 + i * 7;
    const fifo = trigger.fifo ? { SequenceNumber: sampleSequence(seed, i, 20), MessageGroupId: `group-${(i % 2) + 1}`, MessageDeduplicationId: md5Hex(`${seed}/dedup/${i}`) } : {};
    return {
      messageId: sampleUuid(`${seed}/message/${i}`),
      receiptHandle: `AQEB${base64Utf8(`${seed}/receipt/${i}`).replace(/=+$/, '')}`,
      body,
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(sent), SenderId: 'AIDAIENQZJOLO23YVJ4VO', ApproximateFirstReceiveTimestamp: String(sent + 2), ...fifo },
      messageAttributes: {},
      md5OfBody: md5Hex(body),
      eventSource: 'aws:sqs',
      eventSourceARN: sampleArn('sqs', queue),
      awsRegion: SAMPLE_REGION,
    };
  });
  const notes = trigger.fifo ? ['FIFO queue: each record carries MessageGroupId, SequenceNumber and MessageDeduplicationId; records of one group arrive in order.'] : [];
  if (trigger.payload === 's3-event') notes.push('The queue receives S3 notifications: each body is an S3 event JSON (object keys URL-encoded).');
  return { event: { Records }, notes };
}

export function kinesisEvent(trigger: Trigger, payloads: unknown[]) {
  const seed = trigger.edge.id;
  const stream = sampleResourceName(trigger.source);
  const Records = payloads.map((payload, i) => {
    const sequenceNumber = sampleSequence(seed, i, 56);
    return {
      kinesis: { kinesisSchemaVersion: '1.0', partitionKey: `partition-${(i % 2) + 1}`, sequenceNumber, data: base64Utf8(text(payload)), approximateArrivalTimestamp: SAMPLE_TIME_SECONDS + i / 1000 },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `shardId-000000000000:${sequenceNumber}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: `arn:aws:iam::${SAMPLE_ACCOUNT}:role/${trigger.function.id}-role`,
      awsRegion: SAMPLE_REGION,
      eventSourceARN: sampleArn('kinesis', `stream/${stream}`),
    };
  });
  return { event: { Records }, notes: ['Kinesis data is base64-encoded: decode it before parsing.'] };
}

const VIEW_NOTES = {
  KEYS_ONLY: 'Stream view type KEYS_ONLY: records carry Keys only, no NewImage or OldImage.',
  NEW_IMAGE: 'Stream view type NEW_IMAGE: records carry NewImage (not on REMOVE), never OldImage.',
  OLD_IMAGE: 'Stream view type OLD_IMAGE: records carry OldImage (not on INSERT), never NewImage.',
  NEW_AND_OLD_IMAGES: 'Stream view type NEW_AND_OLD_IMAGES: INSERT has NewImage, MODIFY both, REMOVE OldImage.',
} as const;

export function dynamodbEvent(trigger: Trigger, payloads: unknown[]) {
  const Records = payloads.map((payload, i) => dynamodbRecord(trigger, payload, i, trigger.edge.id));
  return { event: { Records }, notes: [VIEW_NOTES[trigger.viewType ?? 'NEW_AND_OLD_IMAGES'], 'Values are DynamoDB attribute values ({"S": …}, {"N": "…"}): unmarshal them.'] };
}

export function s3Event(trigger: Trigger, payloads: unknown[], prefix: string) {
  const bucket = sampleBucketName(prefix, trigger.source);
  return { event: { Records: [s3Record(bucket, trigger, 0, trigger.edge.id, payloads[0])] }, notes: ['Object keys are URL-encoded (spaces as "+"): decode them before calling S3.'] };
}

export function snsEvent(trigger: Trigger, payloads: unknown[], prefix: string) {
  const seed = trigger.edge.id;
  const topicArn = sampleArn('sns', sampleResourceName(trigger.source));
  const subscription = `${topicArn}:${sampleUuid(`${seed}/subscription`)}`;
  const record = {
    EventVersion: '1.0',
    EventSubscriptionArn: subscription,
    EventSource: 'aws:sns',
    Sns: {
      SignatureVersion: '1',
      Timestamp: ISO,
      Signature: 'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
      SigningCertUrl: `https://sns.${SAMPLE_REGION}.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem`,
      MessageId: sampleUuid(`${seed}/sns`),
      Message: relayed(trigger, payloads[0], 0, prefix),
      MessageAttributes: {},
      Type: 'Notification',
      UnsubscribeUrl: `https://sns.${SAMPLE_REGION}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscription}`,
      TopicArn: topicArn,
      Subject: trigger.payload === 's3-event' ? 'Amazon S3 Notification' : 'sample',
    },
  };
  const notes = ['SNS invokes the function with one message per event.'];
  if (trigger.payload === 's3-event') notes.push('The topic relays S3 notifications: Sns.Message is an S3 event JSON string; unwrap it, then URL-decode each object key.');
  return { event: { Records: [record] }, notes };
}

export function iotEvent(trigger: Trigger, payloads: unknown[]) {
  const sql = trigger.source.kind === 'iot-rule' ? trigger.source.config.sql : '';
  return { event: payloads[0], notes: [`The event is the message as the rule's SQL selects it (${sql}), not wrapped.`] };
}

export function scheduleEvent(trigger: Trigger) {
  const rule = sampleArn('events', `rule/${sampleResourceName(trigger.source)}`);
  const event = { version: '0', id: sampleUuid(`${trigger.edge.id}/schedule`), 'detail-type': 'Scheduled Event' as const, source: 'aws.events', account: SAMPLE_ACCOUNT, time: '2026-12-06T12:00:00Z', region: SAMPLE_REGION, resources: [rule], detail: {} };
  return { event, notes: ['EventBridge invokes the function asynchronously at each tick; detail is empty.'] };
}

const API_ID = 'abcdef1234';
const API_HOST = `${API_ID}.execute-api.${SAMPLE_REGION}.amazonaws.com`;

/** HTTP API, payload format 2.0 (the export's PayloadFormatVersion), route POST /<function id>. */
export function httpApiEvent(trigger: Trigger, payloads: unknown[]) {
  const path = `/${trigger.function.id}`;
  const event = {
    version: '2.0',
    routeKey: `POST ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', host: API_HOST },
    requestContext: {
      accountId: SAMPLE_ACCOUNT,
      apiId: API_ID,
      domainName: API_HOST,
      domainPrefix: API_ID,
      http: { method: 'POST', path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.10', userAgent: 'curl/8.5.0' },
      requestId: 'EXAMPLE-request-id=',
      routeKey: `POST ${path}`,
      stage: '$default',
      time: '06/Dec/2026:12:00:00 +0000',
      timeEpoch: SAMPLE_TIME_SECONDS * 1000,
    },
    body: text(payloads[0]),
    isBase64Encoded: false,
  };
  return { event, notes: ['HTTP API, payload format 2.0: the body is a string (base64 when isBase64Encoded); return { statusCode, body }.'] };
}

/** REST API Lambda proxy integration (payload 1.0), resource /<function id> on stage prod. */
export function restApiEvent(trigger: Trigger, payloads: unknown[]) {
  const path = `/${trigger.function.id}`;
  const identity = { accessKey: null, accountId: null, apiKey: null, apiKeyId: null, caller: null, clientCert: null, cognitoAuthenticationProvider: null, cognitoAuthenticationType: null, cognitoIdentityId: null, cognitoIdentityPoolId: null, principalOrgId: null, sourceIp: '203.0.113.10', user: null, userAgent: 'curl/8.5.0', userArn: null };
  const event = {
    resource: path,
    path,
    httpMethod: 'POST',
    headers: { 'Content-Type': 'application/json' },
    multiValueHeaders: { 'Content-Type': ['application/json'] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: SAMPLE_ACCOUNT,
      apiId: API_ID,
      authorizer: null,
      protocol: 'HTTP/1.1',
      httpMethod: 'POST',
      identity,
      path: `/prod${path}`,
      stage: 'prod',
      requestId: 'EXAMPLE-request-id',
      requestTimeEpoch: SAMPLE_TIME_SECONDS * 1000,
      resourceId: 'abc123',
      resourcePath: path,
    },
    body: text(payloads[0]),
    isBase64Encoded: false,
  };
  return { event, notes: ['REST API proxy integration (payload 1.0): the body is a string; return { statusCode, body }.'] };
}

/**
 * Firehose invoking its Lambda processor (data transformation): one event per buffered batch,
 * records with recordId, approximateArrivalTimestamp (epoch milliseconds) and data (base64).
 * Reading a Kinesis stream, the event names it (sourceKinesisStreamArn) and each record carries
 * kinesisRecordMetadata; Direct PUT records carry none.
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html
 */
export function firehoseEvent(trigger: Trigger, payloads: unknown[]) {
  const seed = trigger.edge.id;
  const stream = trigger.kinesisSource ? sampleArn('kinesis', `stream/${sampleResourceName(trigger.kinesisSource)}`) : undefined;
  const records = payloads.map((payload, i) => {
    const arrived = SAMPLE_TIME_SECONDS * 1000 + i * 7;
    const record = { recordId: `${sampleSequence(seed, i, 56)}000000000000000`, approximateArrivalTimestamp: arrived, data: base64Utf8(`${text(payload)}\n`) };
    if (!stream) return record;
    const kinesisRecordMetadata = { shardId: 'shardId-000000000000', partitionKey: `partition-${(i % 2) + 1}`, approximateArrivalTimestamp: arrived - 3, sequenceNumber: sampleSequence(`${seed}/kinesis`, i, 56), subsequenceNumber: '' };
    return { ...record, kinesisRecordMetadata };
  });
  const event = {
    invocationId: sampleUuid(`${seed}/invocation`),
    deliveryStreamArn: sampleArn('firehose', `deliverystream/${sampleResourceName(trigger.source)}`),
    ...(stream ? { sourceKinesisStreamArn: stream } : {}),
    region: SAMPLE_REGION,
    records,
  };
  const notes = [
    'Record data is base64: decode it, transform it, and return { records: [{ recordId, result, data }] } with every recordId of the event (data base64 again).',
    'result is Ok (deliver data), Dropped (deliver nothing) or ProcessingFailed (Firehose writes the record to the error output prefix of its S3 bucket).',
  ];
  if (stream) notes.push('The delivery stream reads a Kinesis stream: the event names it (sourceKinesisStreamArn) and each record carries kinesisRecordMetadata.');
  return { event, notes };
}
