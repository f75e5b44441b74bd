import { describe, expect, it } from 'vitest';
import { CATALOG, kindsByCategory } from '@/lib/model';
import { searchKinds } from './search';

const ALL = kindsByCategory().flatMap((g) => g.kinds);

describe('palette search', () => {
  it('puts the service named by the query first', () => {
    expect(searchKinds(ALL, 'lambda')[0].id).toBe('lambda-function');
    expect(searchKinds(ALL, 'glue job')[0].id).toBe('glue-job');
    expect(searchKinds(ALL, 'queue')[0].id).toBe('sqs-queue');
    expect(searchKinds(ALL, 'kinesis')[0].id).toBe('kinesis-stream');
  });

  it('finds by a word of the name, the kind id and the description too', () => {
    expect(searchKinds(ALL, 'stream').map((k) => k.id)).toContain('kinesis-stream');
    expect(searchKinds(ALL, 's3-bucket').map((k) => k.id)).toEqual(['s3-bucket']);
    expect(searchKinds(ALL, 'zzz-nothing')).toEqual([]);
  });

  it('lists every kind, in catalog order, for an empty query', () => {
    expect(searchKinds(ALL, '  ').map((k) => k.id)).toEqual(ALL.map((k) => k.id));
    expect(ALL.length).toBe(Object.keys(CATALOG).length);
  });
});
