import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalEdit } from './minimal-edit';

function applyEdit(before: string, edit: ReturnType<typeof minimalEdit>): string {
  return edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before;
}

describe('minimalEdit', () => {
  it('replaces only the changed middle', () => {
    expect(minimalEdit('"timeout": 30,\n', '"timeout": 300,\n')).toEqual({ start: 13, end: 13, text: '0' });
    expect(minimalEdit('abc', 'abc')).toBeNull();
    expect(minimalEdit('', 'x')).toEqual({ start: 0, end: 0, text: 'x' });
    expect(minimalEdit('aXa', 'aa')).toEqual({ start: 1, end: 2, text: '' });
  });

  it('applying the edit always gives the new text, and never touches the common prefix (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const edit = minimalEdit(before, after);
        expect(applyEdit(before, edit)).toBe(after);
        if (edit) expect(before.slice(0, edit.start)).toBe(after.slice(0, edit.start));
      }),
    );
  });
});
