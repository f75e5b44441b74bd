import { describe, expect, it } from 'vitest';
import { CATALOG } from '@/lib/model';
import { describeObject, pathTitle } from './schema-fields';

describe('pathTitle', () => {
  const fields = describeObject(CATALOG['kinesis-stream'].configSchema);

  it('names a field by its title, and a nested one by its group too', () => {
    expect(pathTitle(fields, 'shardCount')).toBe(fields.find((f) => f.key === 'shardCount')!.title);
    const traffic = fields.find((f) => f.key === 'traffic');
    expect(traffic?.kind).toBe('group');
    const rate = traffic?.kind === 'group' ? traffic.fields.find((f) => f.key === 'recordsPerSecond') : undefined;
    expect(pathTitle(fields, 'traffic.recordsPerSecond')).toBe(`${traffic!.title}: ${rate!.title}`);
  });

  it('falls back to the path for a field it does not know', () => {
    expect(pathTitle(fields, 'nope.deeper')).toBe('nope.deeper');
  });
});
