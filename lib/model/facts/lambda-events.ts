/**
 * Facts about the events Lambda hands a function, checked 2026-12-06.
 */

/**
 * A sample event shows at most this many records: enough to see the shape and the item-failure
 * handling, short enough to read. The real batch size is said beside it.
 */
export const SAMPLE_RECORDS_SHOWN = 3;

/**
 * S3 and SNS invoke a function with one record per event
 * (https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html, checked 2026-12-06).
 */
export const PUSH_RECORDS_PER_EVENT = 1;

/**
 * Inline code in a template (`Code.ZipFile`): CloudFormation writes it to a file named index
 * and zips it; the zip "cannot exceed 4MB"
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-code.html,
 * checked 2026-12-06; the old 4,096-character limit was lifted in 2022). The template itself
 * must stay within CloudFormation's template size, so the export inlines a handler only up to
 * the smaller figure it can keep: the body a template passed directly may have, 51,200 bytes
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html,
 * checked 2026-12-06), and packages larger handlers instead.
 */
export const INLINE_ZIP_MAX_BYTES = 4 * 1024 * 1024;
export const TEMPLATE_BODY_MAX_BYTES = 51_200;
/** The most inline code the export puts in one function: a quarter of a directly passed template body. */
export const INLINE_CODE_BUDGET_BYTES = Math.min(INLINE_ZIP_MAX_BYTES, Math.floor(TEMPLATE_BODY_MAX_BYTES / 4));

/** AWS documentation's placeholder account and the Region samples use. */
export const SAMPLE_ACCOUNT = '123456789012';
export const SAMPLE_REGION = 'us-east-1';
