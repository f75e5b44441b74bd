import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderFlowNeedsDoc } from '../flow-needs-doc';

const BEGIN = '<!-- flow-needs:begin (generated from lib/model/flow-needs.ts by renderFlowNeedsDoc) -->\n';
const END = '<!-- flow-needs:end -->';

describe('docs/export.md', () => {
  it('carries the current flow table', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/export.md', import.meta.url)), 'utf8');
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(start, 'the flow-needs markers are missing').toBeGreaterThan(-1);
    expect(doc.slice(start + BEGIN.length, end)).toBe(renderFlowNeedsDoc());
  });
});
