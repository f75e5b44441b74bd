import { describe, expect, it } from 'vitest';
import { afterFix, check, edgeConfig, patched } from '../../testing/base-pipeline';

// https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html: AT_TIMESTAMP is
// supported only for Kinesis, and StartingPositionTimestamp says when to start.
describe('esm-at-timestamp', () => {
  it('reports AT_TIMESTAMP on a DynamoDB stream and fixes it to TRIM_HORIZON', () => {
    const ddb = patched((d) => void (edgeConfig(d, 'file-index-to-audit').startingPosition = 'AT_TIMESTAMP'));
    expect(check(ddb, 'esm-at-timestamp')).toEqual([
      {
        rule: 'esm-at-timestamp',
        severity: 'error',
        edgeId: 'file-index-to-audit',
        field: 'startingPosition',
        message: 'startingPosition AT_TIMESTAMP on a mapping from the DynamoDB table file-index; DynamoDB Streams only start at TRIM_HORIZON or LATEST, and Lambda refuses the mapping',
      },
    ]);
    expect(afterFix(ddb, 'esm-at-timestamp').remaining).toEqual([]);
  });

  it('reports AT_TIMESTAMP on Kinesis without a timestamp, and accepts it with one', () => {
    expect(check(patched((d) => void (edgeConfig(d, 'clicks-to-enrich').startingPosition = 'AT_TIMESTAMP')), 'esm-at-timestamp')).toEqual([
      {
        rule: 'esm-at-timestamp',
        severity: 'error',
        edgeId: 'clicks-to-enrich',
        field: 'startingPositionTimestamp',
        message: 'startingPosition AT_TIMESTAMP without startingPositionTimestamp on the mapping from clicks; Lambda needs the time to start reading from',
      },
    ]);
    const withTime = patched((d) => {
      edgeConfig(d, 'clicks-to-enrich').startingPosition = 'AT_TIMESTAMP';
      edgeConfig(d, 'clicks-to-enrich').startingPositionTimestamp = 1796515200; // 2026-12-06T00:00:00Z
    });
    expect(check(withTime, 'esm-at-timestamp')).toEqual([]);
  });
});
