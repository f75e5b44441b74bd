import type { APIGatewayProxyEvent, FirehoseTransformationEvent, APIGatewayProxyEventV2, DynamoDBStreamEvent, IoTEvent, KinesisStreamEvent, S3Event, ScheduledEvent, SNSEvent, SQSEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import type { dynamodbEvent, firehoseEvent, httpApiEvent, iotEvent, kinesisEvent, restApiEvent, s3Event, scheduleEvent, snsEvent, sqsEvent } from '../family-events';

/**
 * Each builder's event type is assignable to the @types/aws-lambda type of its trigger: the
 * check is tsc's (`npx tsc --noEmit` covers this file), a wrong field name or type fails it.
 */
type EventOf<F extends (...args: never[]) => { event: unknown }> = ReturnType<F>['event'];

describe('sample events match @types/aws-lambda', () => {
  it('event source mappings', () => {
    expectTypeOf<EventOf<typeof sqsEvent>>().toExtend<SQSEvent>();
    expectTypeOf<EventOf<typeof kinesisEvent>>().toExtend<KinesisStreamEvent>();
    expectTypeOf<EventOf<typeof dynamodbEvent>>().toExtend<DynamoDBStreamEvent>();
  });
  it('Firehose data transformation', () => {
    expectTypeOf<EventOf<typeof firehoseEvent>>().toExtend<FirehoseTransformationEvent>();
  });
  it('pushes and schedules', () => {
    expectTypeOf<EventOf<typeof s3Event>>().toExtend<S3Event>();
    expectTypeOf<EventOf<typeof snsEvent>>().toExtend<SNSEvent>();
    expectTypeOf<EventOf<typeof httpApiEvent>>().toExtend<APIGatewayProxyEventV2>();
    expectTypeOf<EventOf<typeof restApiEvent>>().toExtend<APIGatewayProxyEvent>();
    expectTypeOf<EventOf<typeof scheduleEvent>>().toExtend<ScheduledEvent>();
    // An IoT rule passes the selected message as is: any JSON value.
    expectTypeOf<EventOf<typeof iotEvent>>().toExtend<IoTEvent<unknown>>();
  });
});
