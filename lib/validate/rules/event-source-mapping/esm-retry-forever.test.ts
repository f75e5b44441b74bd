import { describe, expect, it } from 'vitest';
import { applyFixAction } from '../../index';
import { check, edgeConfig, findingsOf, patched, removeEdge } from '../../testing/base-pipeline';

const unlimited = () =>
  patched((d) => {
    edgeConfig(d, 'clicks-to-enrich').maxRetryAttempts = -1;
    delete edgeConfig(d, 'clicks-to-enrich').bisectOnError;
    delete edgeConfig(d, 'clicks-to-enrich').maxRecordAgeSeconds;
    removeEdge(d, 'enrich-failures');
  });

describe('esm-retry-forever', () => {
  it('warns about a stream mapping that retries forever with nowhere to send failures', () => {
    expect(check(unlimited(), 'esm-retry-forever')).toEqual([
      {
        rule: 'esm-retry-forever',
        severity: 'warning',
        edgeId: 'clicks-to-enrich',
        field: 'maxRetryAttempts',
        message:
          'the mapping retries failed batches without limit (maxRetryAttempts -1, no maxRecordAgeSeconds, no bisect, no on-failure destination): one poison record stalls its shard until the data expires',
      },
    ]);
  });

  it('accepts any one of: a retry cap, a record age, bisect, an on-failure destination', () => {
    expect(check(patched((d) => removeEdge(d, 'enrich-failures')), 'esm-retry-forever')).toEqual([]);
    const onlyDestination = patched((d) => {
      edgeConfig(d, 'clicks-to-enrich').maxRetryAttempts = -1;
      delete edgeConfig(d, 'clicks-to-enrich').bisectOnError;
      delete edgeConfig(d, 'clicks-to-enrich').maxRecordAgeSeconds;
    });
    expect(check(onlyDestination, 'esm-retry-forever')).toEqual([]);
  });

  it('ignores SQS mappings (the queue redrives instead)', () => {
    expect(check(unlimited(), 'esm-retry-forever').map((f) => f.edgeId)).toEqual(['clicks-to-enrich']);
  });

  it('fixes it by capping retries, bisecting and adding a failure queue next to the function', () => {
    const p = unlimited();
    const [finding] = findingsOf(p, 'esm-retry-forever');
    const fixed = applyFixAction(p, finding.action!);
    expect(check(fixed, 'esm-retry-forever')).toEqual([]);
    const queue = fixed.nodes.find((n) => n.id === 'enrich-failures-2');
    expect(queue).toMatchObject({ kind: 'sqs-queue', name: 'enrich failures' });
    expect(fixed.edges.find((e) => e.target === 'enrich-failures-2')).toMatchObject({ source: 'enrich', config: { role: 'on-failure' } });
    const enrich = fixed.nodes.find((n) => n.id === 'enrich')!;
    expect(Math.abs(queue!.position!.x - enrich.position!.x)).toBeLessThan(300);
  });
});
