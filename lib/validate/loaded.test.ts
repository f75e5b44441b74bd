import { describe, expect, it } from 'vitest';
import { validatePipeline } from './index';
import { validateLoaded } from './loaded';
import { COST_RULES } from './rules/cost';
import { COST_RULE_IDS } from './rules/cost/ids';
import { addNode, baseDocument, parseDocument } from './testing/base-pipeline';

describe('the designer\'s validator (cost rules load later)', () => {
  // 10 shards for 100 records/s: cost-provisioned-idle reports it.
  const doc = baseDocument();
  addNode(doc, 'idle', 'kinesis-stream', { shardCount: 10, traffic: { recordsPerSecond: 100, avgRecordBytes: 1024 } });
  const p = parseDocument(doc);

  it('finds what validatePipeline finds once the cost rules are there, and all but theirs before', () => {
    expect(validateLoaded(p, COST_RULES)).toEqual(validatePipeline(p));
    const before = validateLoaded(p).findings.map((f) => f.rule);
    expect(before).not.toContain('cost-provisioned-idle');
    expect(validatePipeline(p).findings.map((f) => f.rule)).toContain('cost-provisioned-idle');
  });

  it('knows the cost rule ids before their code loads: a suppression of one is not "unknown"', () => {
    expect(COST_RULE_IDS).toEqual(COST_RULES.map((r) => r.id));
    const suppressed = parseDocument({ ...doc, suppressions: [{ rule: 'cost-provisioned-idle', reason: 'sized for next year', nodeId: 'idle' }] });
    expect(validateLoaded(suppressed).findings.filter((f) => f.rule === 'suppression-unknown-rule')).toEqual([]);
    expect(validateLoaded(suppressed, COST_RULES).suppressed.map((f) => f.rule)).toEqual(['cost-provisioned-idle']);
  });
});
