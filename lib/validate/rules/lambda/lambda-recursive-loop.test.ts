import { describe, expect, it } from 'vitest';
import { addEdge, addNode, check, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html (checked 2026-12-06):
// the detection follows SQS, SNS and S3 and stops a chain after about 16 invocations per event.
describe('lambda-recursive-loop', () => {
  it('warns about a function writing to the queue that triggers it: detected, but only after 16 invocations per event', () => {
    const p = patched((d) => addEdge(d, 'archive-to-orders', 'archive', 'orders'));
    expect(check(p, 'lambda-recursive-loop')).toEqual([
      {
        rule: 'lambda-recursive-loop',
        severity: 'warning',
        edgeId: 'archive-to-orders',
        message:
          "a recursive loop: archive → orders → archive. Lambda's recursive loop detection stops it after about 16 invocations per event, so every event still costs 16 invocations (and fails to the dead-letter queue or on-failure destination)",
      },
    ]);
  });

  it('finds a loop through a chain of a topic and a queue', () => {
    const p = patched((d) => {
      addNode(d, 'alerts', 'sns-topic');
      addEdge(d, 'archive-to-alerts', 'archive', 'alerts');
      addEdge(d, 'alerts-to-orders', 'alerts', 'orders');
    });
    expect(check(p, 'lambda-recursive-loop').map((f) => [f.severity, f.message.split('.')[0]])).toEqual([['warning', 'a recursive loop: archive → alerts → orders → archive']]);
  });

  it('reports a loop through a DynamoDB stream or Kinesis as an error: the detection does not follow them', () => {
    const dynamo = patched((d) => addEdge(d, 'audit-to-file-index', 'audit', 'file-index'));
    expect(check(dynamo, 'lambda-recursive-loop')).toEqual([
      {
        rule: 'lambda-recursive-loop',
        severity: 'error',
        edgeId: 'audit-to-file-index',
        message:
          "a recursive loop: audit → file-index → audit. Lambda's recursive loop detection does not follow DynamoDB, so nothing stops it: every event circles forever and the function scales until it takes the account's concurrency",
      },
    ]);
    const kinesis = patched((d) => addEdge(d, 'enrich-to-clicks', 'enrich', 'clicks'));
    expect(check(kinesis, 'lambda-recursive-loop').map((f) => f.severity)).toEqual(['error']);
  });

  it('follows S3 only where the key prefixes written and notified overlap', () => {
    const viaTopic = (writePrefix: string) =>
      patched((d) => {
        addNode(d, 'staging', 's3-bucket');
        addNode(d, 'staged', 'sns-topic');
        addEdge(d, 'staging-to-staged', 'staging', 'staged', { filterPrefix: 'incoming/' });
        addEdge(d, 'staged-to-orders', 'staged', 'orders');
        addEdge(d, 'archive-to-staging', 'archive', 'staging', { writePrefix });
      });
    expect(check(viaTopic('incoming/today/'), 'lambda-recursive-loop').map((f) => f.message.split('.')[0])).toEqual(['a recursive loop: archive → staging → staged → orders → archive']);
    expect(check(viaTopic('processed/'), 'lambda-recursive-loop')).toEqual([]);
  });

  it('leaves a function writing straight back into its trigger bucket to lambda-s3-recursion, and ignores failure destinations', () => {
    const p = patched((d) => addEdge(d, 'index-to-uploads', 'index-upload', 'uploads', { writePrefix: 'incoming/x/' }));
    expect(check(p, 'lambda-recursive-loop')).toEqual([]);
    expect(check(p, 'lambda-s3-recursion')).toHaveLength(1);
    const failures = patched((d) => addEdge(d, 'upload-failures-to-archive', 'upload-failures', 'archive'));
    expect(check(failures, 'lambda-recursive-loop')).toEqual([]);
  });
});
