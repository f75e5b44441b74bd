import { describe, expect, it } from 'vitest';
import { sameNameNotes } from './same-name';

describe('sameNameNotes', () => {
  it('numbers pipelines that share a name by creation and leaves the others alone', () => {
    const rows = [
      { id: 'b', name: 'clickstream', createdAt: 2000 },
      { id: 'a', name: 'Clickstream ', createdAt: 1000 },
      { id: 'c', name: 'orders', createdAt: 500 },
    ];
    const notes = sameNameNotes(rows, (ms) => `t${ms}`);
    expect(notes.get('a')).toBe('same name: 1 of 2, created t1000');
    expect(notes.get('b')).toBe('same name: 2 of 2, created t2000');
    expect(notes.has('c')).toBe(false);
  });
});
