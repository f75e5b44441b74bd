import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createTabChannel, parseTabMessage, type TabChannel, type TabMessage } from './tab-channel';

const open: TabChannel[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

function channel(tab: string): TabChannel {
  const c = createTabChannel({ tab });
  open.push(c);
  return c;
}

const nextMessage = (c: TabChannel) =>
  new Promise<TabMessage>((resolve) => {
    const off = c.subscribe((m) => {
      off();
      resolve(m);
    });
  });

describe('tab channel', () => {
  it('tells the other tabs (over a real BroadcastChannel) what was saved, signed with the sender', async () => {
    const a = channel('a');
    const b = channel('b');
    const received = nextMessage(b);
    a.post({ type: 'saved', id: 'p-1', revision: 4 });
    expect(await received).toEqual({ type: 'saved', id: 'p-1', revision: 4, tab: 'a' });
  });

  it('ignores what does not parse, and its own tab id', async () => {
    const b = channel('b');
    const seen: TabMessage[] = [];
    b.subscribe((m) => seen.push(m));
    // One sender, so its messages arrive in order: the last one marks the end.
    const raw = new BroadcastChannel('sluice.pipeline-library');
    raw.postMessage({ type: 'saved', id: 'p-1', revision: -1, tab: 'x' });
    raw.postMessage('<img src=x onerror=alert(1)>');
    raw.postMessage({ type: 'saved', id: 'p-1', revision: 2, tab: 'b' });
    const last = nextMessage(b);
    raw.postMessage({ type: 'library-changed', tab: 'x' });
    expect(await last).toEqual({ type: 'library-changed', tab: 'x' });
    expect(seen).toEqual([{ type: 'library-changed', tab: 'x' }]);
    raw.close();
  });

  it('without BroadcastChannel it still works as a channel to nobody', () => {
    const c = createTabChannel({ broadcast: null });
    expect(c.tab).toMatch(/^t-[0-9a-f]{12}$/);
    expect(() => c.post({ type: 'library-changed' })).not.toThrow();
    c.close();
  });

  it('property: any value from another tab either parses to a well-formed message or is ignored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('saved', 'library-changed', 'other'), tab: fc.anything(), id: fc.anything(), revision: fc.anything() })), (value) => {
        const m = parseTabMessage(value);
        if (m === undefined) return;
        expect(typeof m.tab).toBe('string');
        if (m.type === 'saved') expect(Number.isInteger(m.revision) && m.revision >= 0 && typeof m.id === 'string').toBe(true);
      }),
    );
  });
});
