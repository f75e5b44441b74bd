import type { ExportContext } from '../context';
import { ACCOUNT, PARTITION, REGION, getAtt, sub } from '../intrinsics';

/**
 * A job encrypted at rest gets what the glue-encryption rule promises: a security
 * configuration with SSE-KMS for its S3 output, SSE-KMS for its CloudWatch logs and CSE-KMS
 * for its job bookmarks, all with a customer managed key of its own.
 * - The job's role encrypts and decrypts with the key, and associates it with its log groups.
 * - CloudWatch Logs encrypts those log groups with it, so the key policy lets the Region's
 *   Logs service principal use it for log groups of this account only.
 * https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
 */
export function emitJobEncryption(ctx: ExportContext, jobId: string): string {
  const key = ctx.add(
    ctx.idFor(jobId, 'Key'),
    {
      Type: 'AWS::KMS::Key',
      Properties: {
        Description: `Encrypts the output, logs and bookmarks of Glue job ${jobId}`,
        EnableKeyRotation: true,
        KeyPolicy: {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AccountAdministers', Effect: 'Allow', Principal: { AWS: sub(`arn:${PARTITION}:iam::${ACCOUNT}:root`) }, Action: 'kms:*', Resource: '*' },
            {
              Sid: 'CloudWatchLogsEncrypts',
              Effect: 'Allow',
              Principal: { Service: sub(`logs.${REGION}.amazonaws.com`) },
              Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
              Resource: '*',
              Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': sub(`arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:log-group:/aws-glue/*`) } },
            },
          ],
        },
      },
    },
    { nodes: [jobId] },
  );
  const keyArn = getAtt(key, 'Arn');
  ctx.policies.allow(jobId, ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'], [keyArn]);
  ctx.policies.allow(jobId, ['logs:AssociateKmsKey'], [sub(`arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:log-group:/aws-glue/jobs*`)]);
  return ctx.add(
    ctx.idFor(jobId, 'SecurityConfiguration'),
    {
      Type: 'AWS::Glue::SecurityConfiguration',
      Properties: {
        Name: sub(`\${AWS::StackName}-${jobId}`),
        EncryptionConfiguration: {
          S3Encryptions: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: keyArn }],
          CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: keyArn },
          JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: keyArn },
        },
      },
    },
    { nodes: [jobId] },
  );
}
