import { describe, expect, it } from 'vitest';
import { addEdge, afterFix, check, edgeConfig, patched } from '../../testing/base-pipeline';
import { prefixesOverlap } from './lambda-s3-recursion';

describe('lambda-s3-recursion', () => {
  it('reports a function writing into the prefix that triggers it', () => {
    const p = patched((d) => addEdge(d, 'index-to-uploads', 'index-upload', 'uploads', { writePrefix: 'incoming/thumbs/' }));
    expect(check(p, 'lambda-s3-recursion')).toEqual([
      {
        rule: 'lambda-s3-recursion',
        severity: 'error',
        edgeId: 'index-to-uploads',
        field: 'writePrefix',
        message:
          'the function index-upload is triggered by keys under "incoming/" in uploads and writes keys under "incoming/thumbs/" in the same bucket: every object it writes triggers it again, an endless loop',
      },
    ]);
  });

  it('reports writes without a prefix into a bucket triggering on every key', () => {
    const p = patched((d) => {
      delete edgeConfig(d, 'uploads-to-index').filterPrefix;
      addEdge(d, 'index-to-uploads', 'index-upload', 'uploads');
    });
    expect(check(p, 'lambda-s3-recursion').map((f) => f.message)).toEqual([
      'the function index-upload is triggered by every key in uploads and writes every key in the same bucket: every object it writes triggers it again, an endless loop',
    ]);
    const { applied, remaining } = afterFix(p, 'lambda-s3-recursion');
    expect(remaining).toEqual([]);
    expect(applied.edges.find((e) => e.id === 'uploads-to-index')?.config.filterPrefix).toBe('incoming/');
    expect(applied.edges.find((e) => e.id === 'index-to-uploads')?.config.writePrefix).toBe('processed/');
  });

  it('accepts disjoint prefixes', () => {
    const p = patched((d) => addEdge(d, 'index-to-uploads', 'index-upload', 'uploads', { writePrefix: 'processed/' }));
    expect(check(p, 'lambda-s3-recursion')).toEqual([]);
  });

  it('treats an empty prefix as overlapping everything', () => {
    expect(prefixesOverlap('', 'a/')).toBe(true);
    expect(prefixesOverlap('a/', 'a/b')).toBe(true);
    expect(prefixesOverlap('a/', 'b/')).toBe(false);
  });
});
