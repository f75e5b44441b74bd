import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressFromUriCapped } from './decompress-capped';

describe('decompressFromUriCapped', () => {
  it('gives what lz-string gives, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('a'.repeat(5000), '{"nodes":[]}'.repeat(300))), (text) => {
        const encoded = LZString.compressToEncodedURIComponent(text);
        expect(decompressFromUriCapped(encoded, 1e7)).toEqual({ ok: true, text: LZString.decompressFromEncodedURIComponent(encoded) });
      }),
    );
  });

  it('stops at the cap: a text 100 times longer than its link is never built past the cap', () => {
    // 'a' repeated compresses to about sqrt(2n) codes: 400,000 characters fit in a few KB of link.
    const encoded = LZString.compressToEncodedURIComponent('a'.repeat(400_000));
    expect(encoded.length).toBeLessThan(4_000);
    expect(decompressFromUriCapped(encoded, 100_000)).toEqual({ ok: false, reason: 'too-large' });
    expect(decompressFromUriCapped(encoded, 400_000)).toEqual({ ok: true, text: 'a'.repeat(400_000) });
  });

  it('reports a cut or damaged link as damaged', () => {
    const encoded = LZString.compressToEncodedURIComponent('{"format":"sluice.pipeline","version":1,"name":"a long enough name"}');
    expect(decompressFromUriCapped(encoded.slice(0, 10), 1e6)).toEqual({ ok: false, reason: 'damaged' });
  });
});
