import { describe, expect, it } from 'vitest';
import { changedField } from './changed-field';

describe('changedField', () => {
  it('names the one setting an edit changed', () => {
    expect(changedField([{ type: 'set-config', owner: 'node', id: 'clicks', field: 'shardCount', value: 3 }])).toBe('clicks:shardCount');
    expect(changedField([{ type: 'unset-config', owner: 'edge', id: 'e1', field: 'batchSize' }])).toBe('e1:batchSize');
    expect(changedField([{ type: 'set-info', region: 'eu-west-1' }])).toBe('pipeline:region');
  });

  it('has no field for edits that are not one setting', () => {
    expect(changedField([{ type: 'set-info', name: 'x' }])).toBeNull();
    expect(changedField([{ type: 'remove', nodeIds: ['a'], edgeIds: [] }])).toBeNull();
    expect(changedField([])).toBeNull();
  });
});
