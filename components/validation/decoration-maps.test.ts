import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/validate';
import { toElementFindings, toFieldFindings } from './decoration-maps';
import { countBySeverity, summaryText, worstSeverity } from './summary';

function finding(over: Partial<Finding>): Finding {
  return { rule: 'r', severity: 'error', title: 'T', docsUrl: 'https://docs.aws.amazon.com/x', path: [], message: 'm', ...over };
}

describe('toElementFindings', () => {
  it('counts findings per node or edge and keeps the messages for the hover text', () => {
    const map = toElementFindings([
      finding({ nodeId: 'fn', severity: 'error', message: 'timeout too long' }),
      finding({ nodeId: 'fn', severity: 'warning', message: 'runtime deprecated' }),
      finding({ edgeId: 'e1', severity: 'info', message: 'payload split' }),
    ]);
    expect(map.get('fn')).toEqual({ errors: 1, warnings: 1, infos: 0, messages: ['Error: timeout too long', 'Warning: runtime deprecated'] });
    expect(map.get('e1')).toEqual({ errors: 0, warnings: 0, infos: 1, messages: ['Info: payload split'] });
  });

  it('leaves pipeline-wide findings off the canvas', () => {
    expect(toElementFindings([finding({})]).size).toBe(0);
  });
});

describe('toFieldFindings', () => {
  it('keys findings by element and dotted field, and skips those without a field', () => {
    const map = toFieldFindings([
      finding({ nodeId: 'stream', field: 'traffic.recordsPerSecond', rule: 'kinesis-shard-throughput', message: 'over 1,000 records/s' }),
      finding({ edgeId: 'e1', field: 'batchSize', rule: 'esm-batch-size', severity: 'error', message: 'over 10,000' }),
      finding({ edgeId: 'e1', field: 'batchSize', rule: 'esm-timeout-risk', severity: 'warning', message: 'too slow' }),
      finding({ nodeId: 'stream', message: 'no field' }),
    ]);
    expect([...map.keys()]).toEqual(['stream:traffic.recordsPerSecond', 'e1:batchSize']);
    expect(map.get('e1:batchSize')).toEqual([
      { severity: 'error', message: 'over 10,000', rule: 'esm-batch-size' },
      { severity: 'warning', message: 'too slow', rule: 'esm-timeout-risk' },
    ]);
  });
});

describe('summary', () => {
  it('says there are no problems when there are none', () => {
    const counts = countBySeverity([]);
    expect(summaryText(counts)).toBe('✓ No problems');
    expect(worstSeverity(counts)).toBeUndefined();
  });

  it('names each severity present, with singular and plural', () => {
    const counts = countBySeverity([
      finding({ severity: 'error' }),
      finding({ severity: 'error' }),
      finding({ severity: 'warning' }),
      finding({ severity: 'info' }),
      finding({ severity: 'info' }),
    ]);
    expect(summaryText(counts)).toBe('2 errors, 1 warning, 2 info');
    expect(worstSeverity(counts)).toBe('error');
    expect(summaryText(countBySeverity([finding({ severity: 'warning' }), finding({ severity: 'warning' })]))).toBe('2 warnings');
  });
});
