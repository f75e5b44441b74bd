import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePipelineText } from '../model';
import { validatePipeline } from './index';

const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.sluice.json'));

function load(file: string) {
  const parsed = parsePipelineText(readFileSync(`${dir}${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.pipeline;
}

describe('examples/', () => {
  it('has the examples this test knows about', () => {
    expect(files).toContain('broken-on-purpose.sluice.json');
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of files.filter((f) => load(f).description?.includes('Valid: no errors.'))) {
    it(`${file} reports no errors, as its description says`, () => {
      const errors = validatePipeline(load(file)).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.rule} ${f.nodeId ?? f.edgeId}: ${f.message}`)).toEqual([]);
    });
  }

  it('broken-on-purpose reports each problem it was built to show', () => {
    const found = validatePipeline(load('broken-on-purpose.sluice.json')).findings.map((f) => `${f.rule} ${f.nodeId ?? f.edgeId}`);
    const expected = [
      'kinesis-shard-throughput events', // an under-sharded stream
      'esm-batch-size events-to-consumer', // a batch size above the Kinesis maximum
      'esm-timeout-risk events-to-consumer', // a function too slow for its timeout...
      'esm-retry-forever events-to-consumer', // ...with unlimited retries
      'lambda-long-running slow-consumer', // a long-running job on Lambda...
      'lambda-timeout-limit slow-consumer',
      'lambda-runtime slow-consumer', // ...with a deprecated runtime
      'sqs-visibility-timeout jobs', // visibility timeout shorter than the function timeout
      'glue-non-spark-engine hive-job', // a Hive job on Glue
      'glue-schedule-interval crawler', // a crawler scheduled every minute...
      'glue-nosql-crawler sessions-crawled', // ...over DynamoDB
      'lambda-s3-recursion thumbnailer-to-images', // a function writing back into its trigger bucket
      'data-pipeline-deprecated legacy-copy', // and Data Pipeline
    ];
    for (const e of expected) expect(found).toContain(e);
  });
});
