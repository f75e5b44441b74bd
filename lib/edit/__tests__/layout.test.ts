import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../model';
import { autoLayout, BAND_GAP, LAYER_GAP, NODE_HEIGHT, NODE_WIDTH, ROW_GAP, wrapLayers } from '../layout';

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

describe('auto-layout wraps a long chain', () => {
  const chain = (n: number) => {
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
    const at: Record<string, { x: number; y: number }> = {};
    // ELK's spacing: a layer every NODE_WIDTH + LAYER_GAP = 330 canvas units.
    nodes.forEach((node, i) => (at[node.id] = { x: i * (NODE_WIDTH + LAYER_GAP), y: 12 }));
    return at;
  };

  it('keeps a drawing that fits', () => {
    const at = chain(3); // 2 * 330 + 200 = 860 wide
    expect(wrapLayers(at, 860)).toBe(at);
  });

  it('cuts 5 layers into bands of 3 and 2 when 900 units are wanted, the second band from the left edge again', () => {
    // Hand-worked: layers at x = 0, 330, 660, 990, 1320. 660 + 200 = 860 <= 900 fits; 990 + 200 = 1190 does not.
    const out = wrapLayers(chain(5), 900);
    expect(out.n2).toEqual({ x: 660, y: 12 });
    // Band 1 starts at x 0, one node height + BAND_GAP + ROW_GAP below band 0 (12 + 64 + 110 + 64 = 250).
    expect(out.n3).toEqual({ x: 0, y: 12 + NODE_HEIGHT + BAND_GAP + ROW_GAP });
    expect(out.n4).toEqual({ x: 330, y: 250 });
  });

  it.each(examples)('%s: within the wanted width, and no two nodes overlap', async (file) => {
    const parsed = parsePipeline(JSON.parse(readFileSync(join(examplesDir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const at = await autoLayout(parsed.pipeline, { maxWidth: 900 });
    const all = Object.values(at);
    const left = Math.min(...all.map((p) => p.x));
    for (const p of all) expect(p.x + NODE_WIDTH - left).toBeLessThanOrEqual(900);
    for (const a of all)
      for (const b of all) {
        if (a === b) continue;
        const overlap = Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
        expect(overlap).toBe(false);
      }
  });
});
