import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../../model';
import { applyFixAction, validatePipeline } from '../../index';

const rule = 'edge-setting-not-applicable';
const findings = (p: ReturnType<PipelineBuilder['build']>) => validatePipeline(p).findings.filter((f) => f.rule === rule);

describe(rule, () => {
  it('reports a mapping setting on an S3 notification, and its fix removes it', () => {
    // S3 -> Lambda is a push notification: batchSize belongs to event source mappings only
    // (https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html).
    const p = new PipelineBuilder('p').node('uploads', 's3-bucket').node('resize', 'lambda-function').edge('uploads', 'resize', { batchSize: 10 }, 'up').build();
    const [f] = findings(p);
    expect(f).toMatchObject({
      severity: 'warning',
      edgeId: 'up',
      field: 'batchSize',
      path: ['edges', 0, 'config', 'batchSize'],
      message: 'batchSize does nothing on up (s3-bucket → lambda-function, push): the export and the simulator ignore it',
    });
    const fixed = applyFixAction(p, f.action!);
    expect(fixed.edges[0].config.batchSize).toBeUndefined();
    expect(findings(fixed)).toEqual([]);
  });

  it('reports stream-only settings on a queue mapping, not the ones a queue mapping has', () => {
    // An SQS mapping has batch size, window, item failures and maximum concurrency; no parallelization factor.
    const p = new PipelineBuilder('p')
      .node('q', 'sqs-queue')
      .node('f', 'lambda-function')
      .edge('q', 'f', { batchSize: 10, maxConcurrency: 5, parallelizationFactor: 2 }, 'q-f')
      .build();
    expect(findings(p).map((f) => f.field)).toEqual(['parallelizationFactor']);
  });

  it('never reports the default role, and accepts a failure destination role where it applies', () => {
    const p = new PipelineBuilder('p')
      .node('s', 'kinesis-stream')
      .node('f', 'lambda-function')
      .node('dlq', 'sqs-queue')
      .edge('s', 'f', { startingPosition: 'LATEST' }, 's-f')
      .edge('f', 'dlq', { role: 'on-failure' }, 'f-dlq')
      .build();
    expect(findings(p)).toEqual([]);
  });
});
