import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('firehose-buffering', () => {
  it('reports a buffer size over 128 MB', () => {
    const p = patched((d) => (nodeConfig(d, 'delivery').bufferSizeMb = 256));
    expect(check(p, 'firehose-buffering')).toEqual([
      {
        rule: 'firehose-buffering',
        severity: 'error',
        nodeId: 'delivery',
        field: 'bufferSizeMb',
        message: 'the buffer size is 256 MB; Firehose buffers 1 to 128 MB, so the deployment would fail',
      },
    ]);
    expect(afterFix(p, 'firehose-buffering').remaining).toEqual([]);
  });

  it('reports a buffer size under 1 MB and an interval over 900 s', () => {
    const p = patched((d) => Object.assign(nodeConfig(d, 'delivery'), { bufferSizeMb: 0.5, bufferIntervalSeconds: 1000 }));
    expect(check(p, 'firehose-buffering').map((f) => f.message)).toEqual([
      'the buffer interval is 1,000 s; Firehose buffers 0 to 900 s, so the deployment would fail',
      'the buffer size is 0.5 MB; Firehose buffers 1 to 128 MB, so the deployment would fail',
    ]);
  });

  it('accepts the bounds', () => {
    expect(check(patched((d) => Object.assign(nodeConfig(d, 'delivery'), { bufferSizeMb: 128, bufferIntervalSeconds: 0 })), 'firehose-buffering')).toEqual([]);
  });
});
