import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPipeline } from '../model/testing/arbitrary-pipeline';
import type { Pipeline } from '../model';
import { applyFixAction, KNOWN_RULE_IDS, validatePipeline } from './index';
import type { Finding } from './types';

function at(doc: unknown, path: (string | number)[]): unknown {
  let here = doc;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !(key in here)) return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** The path exists in the document, and its node/edge index agrees with the finding's id. */
function pathIsReal(p: Pipeline, f: Finding): boolean {
  if (at(p, f.path) === undefined) return false;
  const [list, index] = f.path;
  if (list === 'nodes' && typeof index === 'number') return p.nodes[index].id === f.nodeId;
  if (list === 'edges' && typeof index === 'number') return p.edges[index].id === f.edgeId;
  return f.path.length === 0 || list === 'suppressions';
}

describe('validatePipeline on random valid pipelines', () => {
  it('never throws, knows every rule id, and points every finding at a real place', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 14 }), (p) => {
        const { findings, suppressed } = validatePipeline(p);
        for (const f of [...findings, ...suppressed]) {
          expect(KNOWN_RULE_IDS.has(f.rule), f.rule).toBe(true);
          expect(f.rule).not.toBe('internal-error');
          expect(pathIsReal(p, f), `${f.rule} ${JSON.stringify(f.path)} ${f.nodeId ?? f.edgeId}`).toBe(true);
          expect(f.message.length).toBeGreaterThan(10);
          if (f.field !== undefined) expect(f.path.slice(2, 3)).toEqual(['config']);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every fix action applies to the pipeline it was offered for and yields a valid pipeline', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 10 }), (p) => {
        for (const f of validatePipeline(p).findings) {
          if (!f.action) continue;
          const fixed = applyFixAction(p, f.action);
          expect(() => validatePipeline(fixed)).not.toThrow();
          // The action must be plain data: it survives a JSON round trip unchanged.
          expect(JSON.parse(JSON.stringify(f.action))).toEqual(f.action);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same pipeline gives the same findings in the same order', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 12 }), (p) => {
        expect(validatePipeline(structuredClone(p))).toEqual(validatePipeline(p));
      }),
      { numRuns: 100 },
    );
  });
});
