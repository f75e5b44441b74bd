import { describe, expect, it } from 'vitest';
import { defineRule } from './define-rule';
import { runRules } from './run';
import { KNOWN_RULE_IDS, RULES, validatePipeline } from './index';
import { addNode, edgeConfig, nodeConfig, parseDocument, baseDocument, patched, TEST_TODAY } from './testing/base-pipeline';

const broken = () =>
  patched((d) => {
    nodeConfig(d, 'archive').timeoutSeconds = 1200; // error, node 6
    nodeConfig(d, 'enrich').runtime = 'dotnet8'; // warning on TEST_TODAY (deprecated 2026-11-10, blocked 2027-02-01), node 1
    edgeConfig(d, 'clicks-to-enrich').batchSize = 20000; // error, edge 0
    addNode(d, 'spare', 'sqs-queue'); // info
  });

describe('validatePipeline', () => {
  it('reports nothing for the good base pipeline', () => {
    expect(validatePipeline(parseDocument(baseDocument()), { today: TEST_TODAY })).toEqual({ findings: [], suppressed: [] });
  });

  it('sorts by severity, then node order, then edge order, then rule id', () => {
    const order = validatePipeline(broken(), { today: TEST_TODAY }).findings.map((f) => `${f.severity} ${f.rule} ${f.nodeId ?? f.edgeId}`);
    expect(order).toEqual([
      'error sqs-visibility-timeout orders',
      'error lambda-timeout-limit archive',
      'error esm-batch-size clicks-to-enrich',
      'warning lambda-runtime enrich',
      'info orphan-node spare',
      'info esm-payload-split clicks-to-enrich',
    ]);
  });

  it('fills rule id, title, docs URL and severity from the rule', () => {
    const f = validatePipeline(broken(), { today: TEST_TODAY }).findings[1];
    const rule = RULES.find((r) => r.id === f.rule)!;
    expect(f).toMatchObject({ title: rule.title, docsUrl: rule.docsUrl, severity: 'error', path: ['nodes', 6, 'config', 'timeoutSeconds'] });
  });

  it('moves findings matching a node suppression to `suppressed`, with the reason', () => {
    const p = patched((d) => {
      nodeConfig(d, 'archive').timeoutSeconds = 1200;
      nodeConfig(d, 'enrich').timeoutSeconds = 1000;
      d.suppressions.push({ rule: 'lambda-timeout-limit', nodeId: 'archive', reason: 'migrating to Fargate next sprint' });
    });
    const result = validatePipeline(p, { today: TEST_TODAY });
    expect(result.findings.filter((f) => f.rule === 'lambda-timeout-limit').map((f) => f.nodeId)).toEqual(['enrich']);
    expect(result.suppressed.map((f) => [f.rule, f.nodeId, f.suppressedReason])).toEqual([
      ['lambda-timeout-limit', 'archive', 'migrating to Fargate next sprint'],
    ]);
  });

  it('applies an edge suppression and a pipeline-wide one', () => {
    const p = patched((d) => {
      edgeConfig(d, 'clicks-to-enrich').batchSize = 20000;
      addNode(d, 'spare-1', 'sqs-queue');
      addNode(d, 'spare-2', 'sqs-queue');
      d.suppressions.push({ rule: 'esm-batch-size', edgeId: 'clicks-to-enrich', reason: 'testing the limit' });
      d.suppressions.push({ rule: 'orphan-node', reason: 'drafts are fine here' });
    });
    const result = validatePipeline(p, { today: TEST_TODAY });
    expect(result.findings.map((f) => f.rule)).not.toContain('esm-batch-size');
    expect(result.findings.map((f) => f.rule)).not.toContain('orphan-node');
    expect(result.suppressed.map((f) => `${f.rule} ${f.nodeId ?? f.edgeId}`)).toEqual([
      'esm-batch-size clicks-to-enrich',
      'orphan-node spare-1',
      'orphan-node spare-2',
    ]);
    // Only esm-batch-size was switched off on that edge: other rules still report it.
    expect(result.findings.map((f) => `${f.rule} ${f.edgeId}`)).toContain('esm-payload-split clicks-to-enrich');
  });

  it('turns a throwing rule into an internal finding and still runs the others', () => {
    const boom = defineRule({
      id: 'boom',
      area: 'general',
      severity: 'error',
      title: 'Explodes',
      docsUrl: 'https://docs.aws.amazon.com/',
      description: 'test',
      check: () => {
        throw new Error('kaboom');
      },
      examples: { failing: { nodes: [] }, passing: { nodes: [] } },
    });
    const calm = defineRule({ ...boom, id: 'calm', check: (ctx) => [ctx.atNode(ctx.pipeline.nodes[0], undefined, { message: 'hello' })] });
    const result = runRules(parseDocument(baseDocument()), [boom, calm], TEST_TODAY);
    expect(result.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['calm', 'error', 'hello'],
      ['internal-error', 'warning', 'the rule "boom" failed (kaboom), so this pipeline was not checked for "Explodes"'],
    ]);
  });

  it('has unique rule ids, https AWS docs URLs and a description for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      // AWS documentation, or for a cost rule AWS's pricing page of the service.
      expect(r.docsUrl).toMatch(r.area === 'cost' ? /^https:\/\/(docs\.aws\.amazon\.com\/|aws\.amazon\.com\/[a-z0-9/-]+\/pricing\/)/ : /^https:\/\/docs\.aws\.amazon\.com\//);
      expect(r.description.length).toBeGreaterThan(40);
    }
    expect(KNOWN_RULE_IDS.has('internal-error')).toBe(true);
  });
});
