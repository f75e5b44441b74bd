import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../model';
import { arbitraryPipeline } from '../model/testing/arbitrary-pipeline';
import { decodeShareFragment, encodeShareFragment, shareUrl, sharePayload, withoutShare } from './share-link';

const sample = () =>
  new PipelineBuilder('orders ✓ "quoted" & #hash')
    .node('q', 'sqs-queue', { visibilityTimeoutSeconds: 120 })
    .node('fn', 'lambda-function', { timeoutSeconds: 30 })
    .edge('q', 'fn', { batchSize: 10 })
    .build();

describe('share links', () => {
  it('round-trips a pipeline through the URL fragment', () => {
    const p = sample();
    const url = shareUrl('http://localhost:3000/?x=1#old', p);
    expect(url.startsWith('http://localhost:3000/?x=1#share=')).toBe(true);
    const decoded = decodeShareFragment(new URL(url).hash);
    expect(decoded).toEqual({ kind: 'ok', pipeline: p });
  });

  it('uses only characters that survive in a URL fragment', () => {
    expect(encodeShareFragment(sample())).toMatch(/^share=[A-Za-z0-9+\-$_]+$/);
  });

  it('property: decode(encode(p)) deep-equals p for random valid pipelines and names', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 8 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), (pipeline, name) => {
        const p = { ...pipeline, name };
        const decoded = decodeShareFragment(`#${encodeShareFragment(p)}`);
        expect(decoded).toEqual({ kind: 'ok', pipeline: p });
      }),
      { numRuns: 60 },
    );
  });

  it('says there is nothing to open when the fragment has no share key', () => {
    expect(decodeShareFragment('')).toEqual({ kind: 'none' });
    expect(decodeShareFragment('#section-2')).toEqual({ kind: 'none' });
    expect(decodeShareFragment('#sharex=abc')).toEqual({ kind: 'none' });
  });

  it('explains an empty, damaged or cut-off link', () => {
    const empty = decodeShareFragment('#share=');
    expect(empty).toEqual({ kind: 'error', message: expect.stringContaining('carries no pipeline') });
    const garbage = decodeShareFragment('#share=%%%not-a-pipeline');
    expect(garbage).toEqual({ kind: 'error', message: expect.stringContaining('damaged or incomplete') });
    const full = encodeShareFragment(sample());
    const cut = decodeShareFragment(`#${full.slice(0, Math.floor(full.length / 2))}`);
    expect(cut.kind).toBe('error');
  });

  it('names the JSON path when the shared document is not a valid pipeline', () => {
    const bad = new PipelineBuilder('bad').node('fn', 'lambda-function').raw();
    (bad.nodes as { config: Record<string, unknown> }[])[0].config = { timeoutSeconds: 'abc' };
    const fragment = `#share=${LZString.compressToEncodedURIComponent(JSON.stringify(bad))}`;
    const result = decodeShareFragment(fragment);
    expect(result).toEqual({ kind: 'error', message: expect.stringContaining('nodes[0].config.timeoutSeconds: expected a number, got "abc"') });
  });

  it('refuses a newer file version with the parser message', () => {
    const newer = { ...new PipelineBuilder('n').raw(), version: 99 };
    const result = decodeShareFragment(`#share=${LZString.compressToEncodedURIComponent(JSON.stringify(newer))}`);
    expect(result).toEqual({ kind: 'error', message: expect.stringContaining('version 99, written by a newer Sluice') });
  });

  it('migrates an older version and says from which', () => {
    const v0 = { format: 'sluice', version: 0, name: 'proto', nodes: [{ id: 'q', type: 'sqs-queue', name: 'Q', props: {} }], links: [] };
    const result = decodeShareFragment(`#share=${LZString.compressToEncodedURIComponent(JSON.stringify(v0))}`);
    expect(result.kind).toBe('ok');
    expect(result.kind === 'ok' && result.migratedFrom).toBe(0);
  });

  it('property: any fragment text gives a result, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (junk) => {
        const result = decodeShareFragment(`#share=${junk}`);
        expect(['ok', 'error']).toContain(result.kind);
        if (result.kind === 'error') expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the payload among other fragment keys and removes only it', () => {
    expect(sharePayload('#a=1&share=xyz&b=2')).toBe('xyz');
    expect(withoutShare('#a=1&share=xyz&b=2')).toBe('#a=1&b=2');
    expect(withoutShare('#share=xyz')).toBe('');
  });
});
