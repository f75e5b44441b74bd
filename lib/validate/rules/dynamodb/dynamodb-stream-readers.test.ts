import { describe, expect, it } from 'vitest';
import { addEdge, addNode, check, patched } from '../../testing/base-pipeline';

const readers = (extra: number) =>
  patched((d) => {
    for (let i = 1; i <= extra; i++) {
      addNode(d, `reader-${i}`, 'lambda-function');
      addEdge(d, `file-index-to-reader-${i}`, 'file-index', `reader-${i}`, { startingPosition: 'LATEST', maxRetryAttempts: 2 });
    }
  });

describe('dynamodb-stream-readers', () => {
  it('warns about a third consumer on one stream', () => {
    expect(check(readers(2), 'dynamodb-stream-readers')).toEqual([
      {
        rule: 'dynamodb-stream-readers',
        severity: 'warning',
        nodeId: 'file-index',
        message:
          '3 consumers read the stream of file-index (audit, reader-1, reader-2); DynamoDB Streams allows at most 2 readers per shard, so reads are throttled and every consumer falls behind',
      },
    ]);
  });

  it('accepts two consumers', () => {
    expect(check(readers(1), 'dynamodb-stream-readers')).toEqual([]);
  });
});
