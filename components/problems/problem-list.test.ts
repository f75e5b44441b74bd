import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../lib/model/builder';
import type { Finding, Severity } from '../../lib/validate';
import { elementNamer, filterProblems, findingKey, sortProblems } from './problem-list';

const pipeline = new PipelineBuilder('clicks')
  .node('clicks', 'kinesis-stream', {}, 'Clicks')
  .node('count', 'lambda-function', {}, 'Counter')
  .edge('clicks', 'count', { startingPosition: 'LATEST' }, 'clicks-to-count')
  .build();

function finding(over: Partial<Finding>): Finding {
  return { rule: 'r', severity: 'error', title: 'T', docsUrl: 'https://docs.aws.amazon.com/x', path: [], message: 'm', ...over };
}

const nameOf = elementNamer(pipeline);
const ALL: ReadonlySet<Severity> = new Set(['error', 'warning', 'info']);

describe('elementNamer', () => {
  it('names nodes by their name, edges by their ends, and the rest as the pipeline', () => {
    expect(nameOf(finding({ nodeId: 'count' }))).toBe('Counter');
    expect(nameOf(finding({ edgeId: 'clicks-to-count' }))).toBe('Clicks → Counter');
    expect(nameOf(finding({}))).toBe('Pipeline');
  });

  it('falls back to the id of an element that no longer exists', () => {
    expect(nameOf(finding({ nodeId: 'gone' }))).toBe('gone');
    expect(nameOf(finding({ edgeId: 'gone-edge' }))).toBe('gone-edge');
  });
});

describe('filterProblems', () => {
  const findings = [
    finding({ rule: 'esm-batch-size', edgeId: 'clicks-to-count', message: 'batch size 20,000 is over the maximum' }),
    finding({ rule: 'lambda-runtime', nodeId: 'count', severity: 'warning', message: 'runtime deprecated', fix: 'Set runtime to nodejs22.x' }),
    finding({ rule: 'esm-payload-split', edgeId: 'clicks-to-count', severity: 'info', message: 'batches are split' }),
  ];

  it('keeps only the severities switched on', () => {
    expect(filterProblems(findings, { severities: new Set(['warning', 'info']), text: '' }, nameOf).map((f) => f.rule)).toEqual(['lambda-runtime', 'esm-payload-split']);
  });

  it('matches text in the rule, element name, message and fix, ignoring case', () => {
    const rulesFor = (text: string) => filterProblems(findings, { severities: ALL, text }, nameOf).map((f) => f.rule);
    expect(rulesFor('ESM-')).toEqual(['esm-batch-size', 'esm-payload-split']);
    expect(rulesFor('counter')).toEqual(['esm-batch-size', 'lambda-runtime', 'esm-payload-split']);
    expect(rulesFor('nodejs22')).toEqual(['lambda-runtime']);
    expect(rulesFor('  20,000 ')).toEqual(['esm-batch-size']);
    expect(rulesFor('nothing like this')).toEqual([]);
  });
});

describe('sortProblems', () => {
  const findings = [
    finding({ rule: 'a', nodeId: 'count', severity: 'info' }),
    finding({ rule: 'b', edgeId: 'clicks-to-count', severity: 'error' }),
    finding({ rule: 'c', nodeId: 'count', severity: 'error' }),
    finding({ rule: 'd', severity: 'warning' }),
  ];

  it('by severity: errors first, keeping the validator order within a severity', () => {
    expect(sortProblems(findings, 'severity', nameOf).map((f) => f.rule)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('by element: grouped by element name, worst first within an element', () => {
    expect(sortProblems(findings, 'element', nameOf).map((f) => f.rule)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('does not change its input', () => {
    const copy = [...findings];
    sortProblems(findings, 'element', nameOf);
    expect(findings).toEqual(copy);
  });
});

describe('findingKey', () => {
  it('tells apart two findings of one rule on one element', () => {
    expect(findingKey(finding({ nodeId: 'count', message: 'one' }))).not.toBe(findingKey(finding({ nodeId: 'count', message: 'two' })));
  });
});
