import type { KindId } from '../kind';

/**
 * Lambda recursive loop detection, checked 2026-12-06: Lambda tags the events it sends through
 * SQS, SNS and S3 (and direct invokes) with the number of invocations in their chain, using a
 * supported AWS SDK; when one triggering event has invoked a function about 16 times, Lambda
 * stops the next invocation (RecursiveLoop: Terminate, the default), sends the event to the
 * dead-letter queue or on-failure destination if there is one, and notifies the account.
 * Loops through any other service (Kinesis, DynamoDB streams, Firehose...) are not detected.
 */
export const LAMBDA_RECURSION_DETECTION = {
  /** The kinds whose hops the detection follows (besides Lambda itself). */
  coveredKinds: ['sqs-queue', 'sns-topic', 's3-bucket'] as readonly KindId[],
  invocationsBeforeStop: 16,
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
  checked: '2026-12-06',
} as const;
