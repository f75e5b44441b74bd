import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../lib/model/builder';
import { parsePipeline } from '../../lib/model';
import { validatePipeline } from '../../lib/validate';
import { suppressFinding, unsuppressFinding } from './suppressions';

const tooBig = new PipelineBuilder('clicks')
  .node('clicks', 'kinesis-stream')
  .node('count', 'lambda-function')
  .edge('clicks', 'count', { batchSize: 20000, startingPosition: 'LATEST' }, 'clicks-to-count')
  .build();

const batchSizeFinding = () => {
  const f = validatePipeline(tooBig).findings.find((x) => x.rule === 'esm-batch-size');
  if (!f) throw new Error('expected esm-batch-size on the base pipeline');
  return f;
};

describe('suppressFinding', () => {
  it('adds a suppression scoped to the element, which moves the finding to the suppressed list', () => {
    const p = suppressFinding(tooBig, batchSizeFinding(), '  replaying a backfill, reviewed with the team  ');
    expect(p.suppressions).toEqual([{ rule: 'esm-batch-size', reason: 'replaying a backfill, reviewed with the team', edgeId: 'clicks-to-count' }]);
    const result = validatePipeline(p);
    expect(result.findings.map((f) => f.rule)).not.toContain('esm-batch-size');
    expect(result.suppressed.find((f) => f.rule === 'esm-batch-size')?.suppressedReason).toBe('replaying a backfill, reviewed with the team');
    // The document stays one a file can hold.
    expect(parsePipeline(p).ok).toBe(true);
  });

  it('refuses an empty reason', () => {
    expect(() => suppressFinding(tooBig, batchSizeFinding(), '   ')).toThrow(/reason/);
  });

  it('leaves the original document untouched (undo keeps it)', () => {
    suppressFinding(tooBig, batchSizeFinding(), 'why');
    expect(tooBig.suppressions).toEqual([]);
  });
});

describe('unsuppressFinding', () => {
  it('removes the suppression, bringing the finding back', () => {
    const suppressed = suppressFinding(tooBig, batchSizeFinding(), 'why');
    const f = validatePipeline(suppressed).suppressed.find((x) => x.rule === 'esm-batch-size');
    if (!f) throw new Error('expected a suppressed finding');
    const back = unsuppressFinding(suppressed, f);
    expect(back.suppressions).toEqual([]);
    expect(validatePipeline(back).findings.map((x) => x.rule)).toContain('esm-batch-size');
  });

  it('also removes a rule-wide suppression that would keep hiding it, and keeps unrelated ones', () => {
    const p = new PipelineBuilder('clicks')
      .node('clicks', 'kinesis-stream')
      .node('count', 'lambda-function')
      .edge('clicks', 'count', { batchSize: 20000, startingPosition: 'LATEST' }, 'clicks-to-count')
      .suppress('esm-batch-size', 'everywhere')
      .suppress('esm-batch-size', 'here', { edgeId: 'clicks-to-count' })
      .suppress('lambda-runtime', 'unrelated')
      .build();
    const f = validatePipeline(p).suppressed.find((x) => x.rule === 'esm-batch-size');
    if (!f) throw new Error('expected a suppressed finding');
    expect(unsuppressFinding(p, f).suppressions).toEqual([{ rule: 'lambda-runtime', reason: 'unrelated' }]);
  });

  it('returns the same document when nothing suppresses the finding (no empty undo step)', () => {
    expect(unsuppressFinding(tooBig, batchSizeFinding())).toBe(tooBig);
  });
});
