import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { buildCdkApp } from '../cdk/build-app';
import { exportCloudFormation } from '../index';
import { importCloudFormation } from '../../import';

const queue = (config: Record<string, unknown>) => new PipelineBuilder('fifo').node('payments', 'sqs-queue', config).build();

describe('SQS FIFO high throughput', () => {
  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/high-throughput-fifo.html:
  // DeduplicationScope messageGroup + FifoThroughputLimit perMessageGroupId.
  it('exports the two properties high-throughput mode needs, only on a FIFO queue that asks for it', () => {
    const props = (config: Record<string, unknown>) => Object.values(exportCloudFormation(queue(config), { format: 'json' }).template.Resources).find((r) => r.Type === 'AWS::SQS::Queue')!.Properties!;
    expect(props({ fifo: true, highThroughputFifo: true })).toMatchObject({ FifoQueue: true, DeduplicationScope: 'messageGroup', FifoThroughputLimit: 'perMessageGroupId' });
    expect(props({ fifo: true })).not.toHaveProperty('FifoThroughputLimit');
    expect(props({ highThroughputFifo: true })).not.toHaveProperty('FifoThroughputLimit');
  });

  it('says the same in the CDK app', () => {
    const all = Object.values(buildCdkApp(queue({ fifo: true, highThroughputFifo: true })).files).join('\n');
    expect(all).toContain('fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID');
    expect(all).toContain('deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP');
  });

  it('imports a hand-written queue in high-throughput mode', () => {
    const result = importCloudFormation(`
Resources:
  Payments:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
      DeduplicationScope: messageGroup
      FifoThroughputLimit: perMessageGroupId
`);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.pipeline.nodes[0].config).toMatchObject({ fifo: true, highThroughputFifo: true });
  });
});
