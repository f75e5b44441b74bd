import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineFileName } from './file-name';

describe('pipeline file names', () => {
  it('keeps a plain name', () => {
    expect(pipelineFileName('clickstream-search')).toBe('clickstream-search.sluice.json');
    expect(pipelineFileName('Orders pipeline (v2)')).toBe('Orders pipeline (v2).sluice.json');
  });

  it('replaces characters file systems refuse and path separators', () => {
    expect(pipelineFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j.sluice.json');
    expect(pipelineFileName('../../etc/passwd')).toBe('etc-passwd.sluice.json');
    expect(pipelineFileName('tab\there\nnewline')).toBe('tab-here-newline.sluice.json');
  });

  it('never makes a hidden, empty or reserved name', () => {
    expect(pipelineFileName('.hidden')).toBe('hidden.sluice.json');
    expect(pipelineFileName('   ')).toBe('pipeline.sluice.json');
    expect(pipelineFileName('///')).toBe('pipeline.sluice.json');
    expect(pipelineFileName('CON')).toBe('CON-pipeline.sluice.json');
    expect(pipelineFileName('trailing dots...')).toBe('trailing dots.sluice.json');
  });

  it('does not double the extension and keeps non-Latin letters', () => {
    expect(pipelineFileName('orders.sluice')).toBe('orders.sluice.json');
    expect(pipelineFileName('Données clients ✓')).toBe('Données clients ✓.sluice.json');
  });

  it('property: any name gives a short, safe file name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const file = pipelineFileName(name);
        expect(file.endsWith('.sluice.json')).toBe(true);
        // eslint-disable-next-line no-control-regex
        expect(file).not.toMatch(/[\u0000-\u001f<>:"/\\|?*]/);
        expect(file.startsWith('.')).toBe(false);
        expect(Array.from(file).length).toBeLessThanOrEqual(112);
      }),
      { numRuns: 200 },
    );
  });
});
