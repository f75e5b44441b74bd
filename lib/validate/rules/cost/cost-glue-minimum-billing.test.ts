import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../../model';
import { validatePipeline } from '../..';

/**
 * https://aws.amazon.com/glue/pricing/: a job run is billed per second with a 1-minute minimum
 * (Glue 2.0 and later), $0.44 per DPU-hour ($0.29 Flex) in us-east-1 (lib/cost/prices.ts).
 */
const job = (config: Record<string, unknown>) =>
  new PipelineBuilder('g').node('etl', 'glue-job', { encryptionAtRest: true, encryptionInTransit: true, trigger: { type: 'schedule', schedule: 'rate(5 minutes)' }, ...config });
const found = (b: PipelineBuilder) => validatePipeline(b.build()).findings.filter((f) => f.rule === 'cost-glue-minimum-billing');

describe('cost-glue-minimum-billing', () => {
  it('prices the part of the minute short runs do not use', () => {
    // 730 h × 12 = 8,760 runs of 10 s on 2 DPU: billed 8,760 × 60 s × 2 × $0.44 / 3600 = $128.48,
    // of which 8,760 × 50 s × 2 × $0.44 / 3600 = $107.07 runs nothing (83 %).
    expect(found(job({ startupSeconds: 10 })).map((f) => [f.field, f.message])).toEqual([
      ['trigger.schedule', 'each of its 8,760 runs a month lasts about 10 s but is billed the 1-minute minimum: 83% of its $128.48 a month (2 DPU in us-east-1) pays for time it does not run, $107.07'],
    ]);
  });

  it('uses the Flex price for a Flex job', () => {
    // 8,760 × 50 s × 2 DPU × $0.29 / 3600 = $70.57.
    expect(found(job({ startupSeconds: 10, executionClass: 'FLEX' }))[0].message).toContain('pays for time it does not run, $70.57');
  });

  it('is quiet on runs of a minute or more, on streaming jobs and on jobs that never run', () => {
    expect(found(job({ startupSeconds: 60 }))).toEqual([]);
    expect(found(job({ startupSeconds: 10, jobType: 'gluestreaming', trigger: { type: 'on-demand' } }))).toEqual([]);
    expect(found(new PipelineBuilder('g').node('etl', 'glue-job', { encryptionAtRest: true, encryptionInTransit: true, startupSeconds: 10 }))).toEqual([]);
  });
});
