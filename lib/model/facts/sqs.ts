/**
 * Amazon SQS facts, checked 2026-12-06 against
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html
 * (message size, retention, delay) and
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html
 * (VisibilityTimeout), and
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html (the 6x advice).
 */
import { KIB, MIB, SECONDS_PER_DAY } from '../units';

export const SQS_QUOTAS_URL = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html';

/** MessageRetentionPeriod: 60 s to 14 days (1,209,600 s); 4 days (345,600 s) when left out. */
export const SQS_RETENTION_MIN_SECONDS = 60;
export const SQS_RETENTION_MAX_SECONDS = 14 * SECONDS_PER_DAY;
export const SQS_RETENTION_DEFAULT_SECONDS = 4 * SECONDS_PER_DAY;
/** VisibilityTimeout: 0 to 12 hours (43,200 s); 30 s when left out. */
export const SQS_VISIBILITY_MAX_SECONDS = 12 * 3600;
export const SQS_VISIBILITY_DEFAULT_SECONDS = 30;
/** DelaySeconds: 0 to 15 minutes (900 s). */
export const SQS_DELAY_MAX_SECONDS = 15 * 60;
/** The largest message: 1 MiB since August 2025; 256 KiB before (the limit the 2019 notes give, and SNS's still). */
export const SQS_MESSAGE_MAX_BYTES = MIB;
export const SQS_MESSAGE_MAX_BYTES_BEFORE_2025 = 256 * KIB;
/** AWS's advice for a queue read by Lambda: a visibility timeout of at least 6 x the function timeout. */
export const SQS_VISIBILITY_TIMEOUT_FACTOR = 6;
