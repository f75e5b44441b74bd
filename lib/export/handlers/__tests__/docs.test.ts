import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_HANDLERS, docHandlerBlock } from '../docs-examples';

const DOCS = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'export.md'), 'utf8');

describe('docs/export.md shows the handlers the export generates', () => {
  it('one per trigger family, each exactly as generated', () => {
    expect(new Set(DOC_HANDLERS.map((d) => d.trigger.split('-')[0])).size).toBe(8);
    for (const d of DOC_HANDLERS) expect(DOCS).toContain(docHandlerBlock(d));
  });
});
