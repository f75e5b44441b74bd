/**
 * Longest values CloudFormation accepts for names and descriptions the export derives from a
 * node's name, checked 2026-12-06 against the resource reference pages:
 * AWS::Lambda::Function Description (256),
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html;
 * AWS::EMR::Cluster Name (256),
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-emr-cluster.html;
 * AWS::Kinesis::StreamConsumer ConsumerName (128),
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kinesis-streamconsumer.html.
 * Glue descriptions (2,048) are in facts/glue.ts.
 */
export const LAMBDA_DESCRIPTION_MAX_CHARS = 256;
export const EMR_CLUSTER_NAME_MAX_CHARS = 256;
export const KINESIS_CONSUMER_NAME_MAX_CHARS = 128;
