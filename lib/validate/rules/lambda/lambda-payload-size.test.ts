import { describe, expect, it } from 'vitest';
import { addEdge, addNode, check, nodeConfig, patched } from '../../testing/base-pipeline';

const iotToLambda = (bytes: number) =>
  patched((d) => {
    (nodeConfig(d, 'telemetry').traffic as Record<string, unknown>).avgRecordBytes = bytes;
    addEdge(d, 'telemetry-to-audit', 'telemetry', 'audit');
  });

describe('lambda-payload-size', () => {
  it('reports async events over 1 MB as an error, naming both limits', () => {
    expect(check(iotToLambda(2_000_000), 'lambda-payload-size')).toEqual([
      {
        rule: 'lambda-payload-size',
        severity: 'error',
        edgeId: 'telemetry-to-audit',
        message: 'events from telemetry average 1.91 MB, over the asynchronous Lambda payload limit (1 MB today; 256 KB in the 2019 notes): Lambda rejects them',
      },
    ]);
  });

  it('warns between 256 KB and 1 MB: the notes and today disagree', () => {
    expect(check(iotToLambda(500_000), 'lambda-payload-size').map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        "events from telemetry average 488 KB: within today's 1 MB asynchronous payload limit, but over the 256 KB the 2019 notes give (the limit until late 2025); older SDKs, SNS (256 KB messages) and tooling may still refuse them",
      ],
    ]);
  });

  it('ignores S3, which sends a notification rather than the object', () => {
    expect(check(patched(() => undefined), 'lambda-payload-size')).toEqual([]);
  });

  it('reports API Gateway requests over the 6 MB synchronous limit', () => {
    const p = patched((d) => {
      addNode(d, 'upload-api', 'api-gateway', { traffic: { recordsPerSecond: 1, avgRecordBytes: 7 * 1024 * 1024 } });
      addEdge(d, 'upload-api-to-handler', 'upload-api', 'api-handler');
    });
    expect(check(p, 'lambda-payload-size').map((f) => f.message)).toEqual([
      'requests average 7 MB, over the 6 MB synchronous Lambda payload limit: Lambda rejects them',
    ]);
  });
});
