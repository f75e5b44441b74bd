import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePipelineText } from '../model';
import { exampleToPipeline } from './docs/rules-doc';
import { validatePipeline } from './index';
import { ALL_RULES } from './rules/all';
import { baseDocument, parseDocument } from './testing/base-pipeline';

/**
 * The rules of issue 18 must not fire where nothing is wrong: on the examples meant to be
 * clean, on the good base pipeline, nor on any rule's passing example.
 */
const NEW_RULES = new Set([
  'emr-auto-termination',
  'emr-single-node',
  'emr-release-support',
  'emr-serverless-application',
  'emr-glue-catalog',
  'emr-athena-alternative',
  'emr-glue-alternative',
  'lambda-recursive-loop',
  'lambda-database-connections',
  'lambda-vpc-egress',
  'sqs-fifo-throughput',
  'sqs-fifo-message-groups',
  'dynamodb-hot-partition',
  'kinesis-hot-shard',
  's3-small-files',
  'glue-bookmarks-off',
  'athena-partitions-stale',
]);

const ours = (findings: { rule: string; nodeId?: string; edgeId?: string; message: string }[]) =>
  findings.filter((f) => NEW_RULES.has(f.rule)).map((f) => `${f.rule} ${f.nodeId ?? f.edgeId}: ${f.message}`);

describe('the rules of issue 18 stay quiet on good designs', () => {
  it('all exist', () => {
    const ids = new Set(ALL_RULES.map((r) => r.id));
    for (const id of NEW_RULES) expect(ids.has(id), id).toBe(true);
  });

  it('on the good base pipeline', () => {
    expect(ours(validatePipeline(parseDocument(baseDocument())).findings)).toEqual([]);
  });

  const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sluice.json'))) {
    const parsed = parsePipelineText(readFileSync(`${dir}${file}`, 'utf8'));
    if (!parsed.ok || !parsed.pipeline.description?.includes('Valid: no errors.')) continue;
    it(`on ${file}, an example meant to be clean (no finding of any severity)`, () => {
      expect(ours(validatePipeline(parsed.pipeline).findings)).toEqual([]);
    });
  }

  for (const rule of ALL_RULES) {
    it(`on the passing example of ${rule.id}`, () => {
      expect(ours(validatePipeline(exampleToPipeline(rule.examples.passing)).findings)).toEqual([]);
    });
  }
});
