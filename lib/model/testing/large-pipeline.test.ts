import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph';
import { parsePipeline } from '../parse';
import { largePipeline } from './large-pipeline';

describe('largePipeline', () => {
  it('makes exactly the nodes asked for and about 1.2 edges per node, every one a valid connection', () => {
    const p = largePipeline({ nodes: 500 });
    expect(p.nodes).toHaveLength(500);
    expect(p.edges).toHaveLength(600);
    const graph = buildGraph(p);
    const invalid = p.edges.filter((e) => graph.connection(e) === undefined).map((e) => `${e.id}: ${e.source} -> ${e.target}`);
    expect(invalid).toEqual([]);
    expect(parsePipeline(JSON.parse(JSON.stringify(p)))).toMatchObject({ ok: true });
  });

  it('is deterministic, and the seed changes only the links between flows', () => {
    expect(largePipeline({ nodes: 120 })).toEqual(largePipeline({ nodes: 120 }));
    const a = largePipeline({ nodes: 120, seed: 1 });
    const b = largePipeline({ nodes: 120, seed: 2 });
    expect(b.nodes).toEqual(a.nodes);
    expect(b.edges).not.toEqual(a.edges);
  });

  it('uses many kinds, includes a failure destination, and never links a pair twice', () => {
    const p = largePipeline({ nodes: 300 });
    expect(new Set(p.nodes.map((n) => n.kind)).size).toBeGreaterThanOrEqual(15);
    expect(p.edges.some((e) => e.config.role === 'on-failure')).toBe(true);
    const pairs = p.edges.map((e) => `${e.source}>${e.target}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('lays nodes out on a grid with no two nodes in the same cell', () => {
    const p = largePipeline({ nodes: 1000, spacing: { x: 260, y: 140 } });
    const cells = p.nodes.map((n) => `${n.position!.x},${n.position!.y}`);
    expect(new Set(cells).size).toBe(1000);
    for (const n of p.nodes) {
      expect(n.position!.x % 260).toBe(0);
      expect(n.position!.y % 140).toBe(0);
    }
    // Roughly screen-shaped rather than one long line.
    const width = Math.max(...p.nodes.map((n) => n.position!.x)) + 200;
    const height = Math.max(...p.nodes.map((n) => n.position!.y)) + 64;
    expect(width / height).toBeGreaterThan(0.8);
    expect(width / height).toBeLessThan(3);
  });

  it('handles tiny sizes and refuses nonsense', () => {
    expect(largePipeline({ nodes: 1 }).nodes).toHaveLength(1);
    expect(largePipeline({ nodes: 2 }).edges).toHaveLength(1);
    expect(() => largePipeline({ nodes: 0 })).toThrow(/at least 1, got 0/);
  });
});
