/**
 * AWS Glue facts the export writes, checked 2026-12-06 against
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-glue-job.html
 * (Description: at most 2,048 characters, the same for databases, workflows and triggers) and
 * https://docs.aws.amazon.com/glue/latest/dg/starting-workflow-eventbridge.html
 * (an event trigger's batching: BatchSize 1 to 100 events, BatchWindow 1 to 900 s).
 */
export const GLUE_DESCRIPTION_MAX_CHARS = 2048;
/**
 * The shortest interval a Glue scheduled trigger or crawler schedule runs at: 5 minutes
 * (https://docs.aws.amazon.com/glue/latest/dg/monitor-data-warehouse-schedule.html, checked 2026-12-06).
 */
export const GLUE_MIN_SCHEDULE_INTERVAL_MINUTES = 5;
export const GLUE_EVENT_BATCH_WINDOW_MAX_SECONDS = 15 * 60;
