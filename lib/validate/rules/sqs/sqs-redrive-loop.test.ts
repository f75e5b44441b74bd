import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCdkApp, exportCloudFormation } from '../../../export';
import { parsePipeline, type Pipeline } from '../../../model';
import { addEdge, addNode, check, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html
describe('sqs-redrive-loop', () => {
  it('reports a queue that is its own dead-letter queue (the self-edge is reported, not dropped)', () => {
    const p = patched((d) => addEdge(d, 'orders-self', 'orders-dlq', 'orders-dlq'));
    expect(check(p, 'sqs-redrive-loop')).toEqual([
      {
        rule: 'sqs-redrive-loop',
        severity: 'error',
        edgeId: 'orders-self',
        message: 'orders-dlq is its own dead-letter queue: failed messages are never set apart, and CloudFormation cannot create the queues (circular dependency); the export leaves this redrive policy out',
      },
    ]);
  });

  it('reports both edges of two queues that are each other\'s dead-letter queue, and a loop of three', () => {
    const two = patched((d) => addEdge(d, 'dlq-back', 'orders-dlq', 'orders'));
    expect(check(two, 'sqs-redrive-loop').map((f) => f.edgeId)).toEqual(['orders-dead-letter', 'dlq-back']);
    const three = patched((d) => {
      addNode(d, 'third', 'sqs-queue', { retentionSeconds: 1209600 });
      addEdge(d, 'dlq-to-third', 'orders-dlq', 'third');
      addEdge(d, 'third-back', 'third', 'orders');
    });
    expect(check(three, 'sqs-redrive-loop').map((f) => f.edgeId)).toEqual(['orders-dead-letter', 'dlq-to-third', 'third-back']);
  });

  it('accepts a chain of dead-letter queues that ends', () => {
    const chain = patched((d) => {
      addNode(d, 'last', 'sqs-queue', { retentionSeconds: 1209600 });
      addEdge(d, 'dlq-to-last', 'orders-dlq', 'last');
    });
    expect(check(chain, 'sqs-redrive-loop')).toEqual([]);
  });
});

function loopPipeline(): Pipeline {
  const r = parsePipeline({
    format: 'sluice.pipeline',
    version: 1,
    name: 'loops',
    nodes: [
      { id: 'self', kind: 'sqs-queue', name: 'self' },
      { id: 'a', kind: 'sqs-queue', name: 'a' },
      { id: 'b', kind: 'sqs-queue', name: 'b' },
    ],
    edges: [
      { id: 'self-dlq', source: 'self', target: 'self' },
      { id: 'a-dlq', source: 'a', target: 'b' },
      { id: 'b-dlq', source: 'b', target: 'a' },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pipeline;
}

describe('exporting redrive loops (with --force) never makes a circular dependency', () => {
  it('leaves the looping redrive policies out of the template, which cfn-lint finds no cycle in (E3004)', () => {
    const { template, text } = exportCloudFormation(loopPipeline(), { format: 'yaml' });
    const queues = Object.values(template.Resources).filter((r) => r.Type === 'AWS::SQS::Queue');
    expect(queues).toHaveLength(3);
    for (const q of queues) expect((q.Properties as Record<string, unknown>).RedrivePolicy).toBeUndefined();
    const file = join(mkdtempSync(join(tmpdir(), 'sluice-loop-')), 'loops.yaml');
    writeFileSync(file, text);
    let out = '';
    try {
      out = execFileSync('cfn-lint', ['-f', 'parseable', file], { encoding: 'utf8' });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    expect(out).not.toContain('E3004');
  });

  it('the CDK app names no looping dead-letter queue (it could not declare them in any order: TS2448)', () => {
    const app = exportCdkApp(loopPipeline());
    const stack = Object.entries(app.files).find(([f]) => f.endsWith('-stack.ts'))![1];
    expect(stack).toContain('new sqs.Queue');
    expect(stack).not.toContain('deadLetterQueue');
  });
});
