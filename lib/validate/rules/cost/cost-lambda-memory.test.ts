import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../../model';
import { validatePipeline } from '../..';

/**
 * GB-s at $0.0000166667 (x86_64) and $0.0000133334 (arm64) in us-east-1
 * (https://aws.amazon.com/lambda/pricing/); one vCPU at 1,769 MB
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html).
 */
const fn = (config: Record<string, unknown>) =>
  new PipelineBuilder('l')
    .node('tick', 'schedule', { expression: 'rate(1 minute)' })
    .node('crunch', 'lambda-function', { timeoutSeconds: 120, durationMsPerInvocation: 60000, durationMsPerRecord: 0, ...config })
    .edge('tick', 'crunch');
const found = (b: PipelineBuilder) => validatePipeline(b.build()).findings.filter((f) => f.rule === 'cost-lambda-memory');

describe('cost-lambda-memory', () => {
  it('prices the memory above one vCPU, with a fix to 1,769 MB', () => {
    // 43,800 runs × 60 s = 2,628,000 s; × 10 GB = 26,280,000 GB-s × $0.0000166667 = $438.00;
    // × 1,769/1,024 GB = 4,539,937.5 GB-s = $75.67.
    const [f] = found(fn({ memoryMb: 10240 }));
    expect(f.message).toBe('at 10,240 MB its duration costs $438.00 a month in us-east-1; at 1,769 MB (one full vCPU) the same durations would cost $75.67: unless the code runs several threads, the memory above that buys no speed');
    expect(f.action?.label).toBe('Set memory to 1,769 MB');
  });

  it('prices arm64 at its own rate', () => {
    // 26,280,000 GB-s × $0.0000133334 = $350.40.
    expect(found(fn({ memoryMb: 10240, architecture: 'arm64' }))[0].message).toContain('costs $350.40 a month');
  });

  it('is quiet at or under one vCPU and where the saving is small', () => {
    expect(found(fn({ memoryMb: 1769 }))).toEqual([]);
    expect(found(fn({ memoryMb: 1800 }))).toEqual([]); // 31 MB × 2,628,000 s ≈ $1.33
  });
});
