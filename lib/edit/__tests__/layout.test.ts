import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../model';
import { autoLayout, NODE_HEIGHT, NODE_WIDTH, ROW_GAP } from '../layout';

const examplesDir = join(__dirname, '../../../examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.sluice.json'));

describe('auto-layout', () => {
  it.each(examples)('%s: nodes in one column are a row gap apart (room for live figures), and data flows left to right', async (file) => {
    const parsed = parsePipeline(JSON.parse(readFileSync(join(examplesDir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const p = parsed.pipeline;
    const at = await autoLayout(p);
    const ids = p.nodes.map((n) => n.id);
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const sameColumn = Math.abs(at[a].x - at[b].x) < NODE_WIDTH;
        if (sameColumn) expect(Math.abs(at[a].y - at[b].y), `${a} and ${b}`).toBeGreaterThanOrEqual(NODE_HEIGHT + ROW_GAP);
      }
    // Forward edges (not those closing a loop) go rightwards.
    const forward = p.edges.filter((e) => at[e.source].x < at[e.target].x).length;
    expect(forward).toBeGreaterThanOrEqual(p.edges.length / 2);
  });
});
