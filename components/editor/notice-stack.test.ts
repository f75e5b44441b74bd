import { describe, expect, it } from 'vitest';
import { pushNotice } from './notice-stack';

describe('pushNotice', () => {
  it('replaces the shown message of the same kind and keeps the other kind', () => {
    const copied1 = { id: 1, text: 'Copied 1 service', tone: 'info' as const };
    const refused = { id: 2, text: 'Connection refused', tone: 'error' as const };
    const copied2 = { id: 3, text: 'Copied 2 services', tone: 'info' as const };
    const shown = pushNotice(pushNotice(pushNotice([], copied1), refused), copied2);
    expect(shown.map((n) => n.text)).toEqual(['Connection refused', 'Copied 2 services']);
  });
  it('does not add the same message twice', () => {
    const n = { id: 1, text: 'Saved', tone: 'info' as const };
    expect(pushNotice([n], n)).toEqual([n]);
  });
});
