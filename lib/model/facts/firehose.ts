/**
 * Amazon Data Firehose buffering hints, checked 2026-12-06 against
 * https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html: 1 to 128 MiB and
 * 0 to 900 s for an S3 destination, whichever fills first.
 */
export const FIREHOSE_BUFFER_MIN_MB = 1;
export const FIREHOSE_BUFFER_MAX_MB = 128;
export const FIREHOSE_INTERVAL_MIN_SECONDS = 0;
export const FIREHOSE_INTERVAL_MAX_SECONDS = 15 * 60;
/**
 * An OpenSearch Service destination buffers at most 100 MB
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-kinesisfirehose-deliverystream-amazonopensearchservicebufferinghints.html,
 * checked 2026-12-06: SizeInMBs 1 to 100).
 */
export const FIREHOSE_OPENSEARCH_BUFFER_MAX_MB = 100;
