/**
 * Small objects in a data lake. Checked 2026-12-06.
 * Athena reads data faster from fewer, larger files: AWS advises files of about 128 MB or more,
 * since each file costs a request and its own open/read overhead in every query and crawl.
 */
export const ATHENA_FILE_SIZE = {
  adviseAtLeastBytes: 128 * 1024 * 1024,
  url: 'https://docs.aws.amazon.com/athena/latest/ug/performance-tuning-data-optimization-techniques.html',
  checked: '2026-12-06',
} as const;

/** S3 Standard PUT, COPY, POST and LIST requests: $0.005 per 1,000 (us-east-1). */
export const S3_PUT_PRICE = {
  usdPerThousand: 0.005,
  url: 'https://aws.amazon.com/s3/pricing/',
  checked: '2026-12-06',
} as const;

/** Firehose delivers a buffer when it holds the buffer size or has waited the interval, whichever comes first. */
export const FIREHOSE_BUFFERING_URL = 'https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html';

/** Seconds between Firehose deliveries for an input of `bytesPerSecond`. */
export function firehoseFlushSeconds(bufferSizeMb: number, bufferIntervalSeconds: number, bytesPerSecond: number): number {
  // An interval of 0 delivers as records arrive: at least one object a second is what S3 then sees.
  const interval = Math.max(1, bufferIntervalSeconds);
  if (bytesPerSecond <= 0) return interval;
  return Math.min(interval, (bufferSizeMb * 1024 * 1024) / bytesPerSecond);
}
