import type { PipelineNode } from '../../../model';
import { servicePublishers } from '../../../model/flow-needs';
import type { ExportContext } from '../context';
import { ACCOUNT, PARTITION, sub } from '../intrinsics';

/**
 * A topic an AWS service publishes to (S3 event notifications) cannot use the AWS managed
 * key aws/sns: its key policy cannot be changed to let the service use it, so S3 rejects the
 * notification configuration when the stack deploys. Such a topic gets a customer managed key
 * whose policy lets those services encrypt with it; roles that publish get kms rights on it
 * through IAM (the key policy delegates to the account).
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services
 */
export function topicKey(ctx: ExportContext, topic: PipelineNode): string | undefined {
  if (topic.kind !== 'sns-topic') return undefined;
  return servicePublishers(ctx.graph, topic.id).length ? ctx.idFor(topic.id, 'Key') : undefined;
}

export function emitTopicKey(ctx: ExportContext, topic: PipelineNode, key: string): void {
  const services = servicePublishers(ctx.graph, topic.id);
  ctx.add(
    key,
    {
      Type: 'AWS::KMS::Key',
      Properties: {
        Description: `Encrypts topic ${topic.id}; ${services.map((s) => s.principal).join(', ')} may use it to publish`,
        EnableKeyRotation: true,
        KeyPolicy: {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AccountAdministers', Effect: 'Allow', Principal: { AWS: sub(`arn:${PARTITION}:iam::${ACCOUNT}:root`) }, Action: 'kms:*', Resource: '*' },
            ...services.map((s) => ({
              Sid: `${s.principal.split('.')[0].toUpperCase()}Publishes`,
              Effect: 'Allow',
              Principal: { Service: s.principal },
              Action: [...s.keyActions],
              Resource: '*',
            })),
          ],
        },
      },
    },
    { nodes: [topic.id] },
  );
}
