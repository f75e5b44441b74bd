/**
 * Firehose data transformation with a Lambda processor: Firehose buffers incoming records for
 * the function (its own buffer, before the destination's), invokes it synchronously with each
 * buffered batch, retries a failed invocation, and delivers what it returns. Checked 2026-12-06.
 */

/**
 * The processor's buffering hints when the template sets none: 1 MB (0.2 to 3 MB) and 60
 * seconds (0 to 900) for every destination except Splunk and Snowflake.
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export const FIREHOSE_PROCESSOR_BUFFER = {
  sizeMb: 1,
  minSizeMb: 0.2,
  maxSizeMb: 3,
  intervalSeconds: 60,
  maxIntervalSeconds: 900,
  url: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html',
  checked: '2026-12-06',
} as const;

/**
 * An invocation that fails (a timeout, an error, the concurrency limit) is retried 3 times by
 * default (NumberOfRetries; the processor parameters and their defaults:
 * https://docs.aws.amazon.com/firehose/latest/APIReference/API_ProcessorParameter.html);
 * then the batch is skipped. Skipped records, and records the function returns as
 * ProcessingFailed, are delivered to the S3 bucket under the processing-failed prefix (the
 * error output prefix).
 */
export const FIREHOSE_PROCESSOR_RETRIES = {
  retries: 3,
  url: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-failure-handling.html',
  checked: '2026-12-06',
} as const;

export interface ProcessorSettings {
  bufferSizeMb: number;
  bufferIntervalSeconds: number;
  retries: number;
}

/** A Firehose -> Lambda edge's processor settings, with AWS's defaults for those it leaves out. */
export function processorSettings(config: { processorBufferSizeMb?: number; processorBufferIntervalSeconds?: number; processorRetries?: number }): ProcessorSettings {
  return {
    bufferSizeMb: config.processorBufferSizeMb ?? FIREHOSE_PROCESSOR_BUFFER.sizeMb,
    bufferIntervalSeconds: config.processorBufferIntervalSeconds ?? FIREHOSE_PROCESSOR_BUFFER.intervalSeconds,
    retries: config.processorRetries ?? FIREHOSE_PROCESSOR_RETRIES.retries,
  };
}
