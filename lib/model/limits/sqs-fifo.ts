/**
 * SQS FIFO throughput and how Lambda scales on a FIFO queue. Checked 2026-12-06.
 */

/**
 * Without high-throughput mode a FIFO queue takes 300 transactions per second per API action
 * (SendMessage, ReceiveMessage, DeleteMessage); a batch call carries up to 10 messages, so
 * 3,000 messages/s with full batches. High-throughput mode raises this to 70,000 transactions
 * per second per action (700,000 messages/s batched) in US East (N. Virginia), US West (Oregon)
 * and Europe (Ireland); other Regions get less (down to 2,400 / 24,000 by default).
 */
export const SQS_FIFO_THROUGHPUT = {
  transactionsPerSecond: 300,
  highThroughputTransactionsPerSecond: 70_000,
  messagesPerBatch: 10,
  url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
  checked: '2026-12-06',
} as const;

/**
 * Lambda on a FIFO queue keeps messages of one message group in order: at most one batch per
 * message group is in flight, so the concurrency it can reach is the number of active groups.
 */
export const LAMBDA_FIFO_SCALING = {
  batchesInFlightPerGroup: 1,
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  checked: '2026-12-06',
} as const;

/** Messages per second a FIFO queue takes, unbatched and with full batches. */
export function fifoMessagesPerSecond(highThroughput: boolean): { unbatched: number; batched: number } {
  const tps = highThroughput ? SQS_FIFO_THROUGHPUT.highThroughputTransactionsPerSecond : SQS_FIFO_THROUGHPUT.transactionsPerSecond;
  return { unbatched: tps, batched: tps * SQS_FIFO_THROUGHPUT.messagesPerBatch };
}
