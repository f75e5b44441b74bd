import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triggerCases } from '../../../events/testing/trigger-pipelines';
import { TRIGGER_FAMILIES } from '../../../events/trigger';
import { DOC_HANDLERS, docHandlerBlock } from '../docs-examples';

const DOCS = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'export.md'), 'utf8');

describe('docs/export.md shows the handlers the export generates', () => {
  it('one per trigger family, each exactly as generated', () => {
    // Every family but the REST API, whose handler body is the HTTP API's.
    const shown = new Set(DOC_HANDLERS.map((d) => triggerCases().find((c) => c.name === d.trigger)!.family));
    expect(TRIGGER_FAMILIES.filter((f) => !shown.has(f))).toEqual(['api-rest']);
    for (const d of DOC_HANDLERS) expect(DOCS).toContain(docHandlerBlock(d));
  });
});
