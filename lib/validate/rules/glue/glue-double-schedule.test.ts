import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('glue-double-schedule', () => {
  it('warns about a job with its own schedule that a schedule node also starts, and offers on-demand', () => {
    const p = patched((d) => (nodeConfig(d, 'load-orders').trigger = { type: 'schedule', schedule: 'cron(0 3 * * ? *)' }));
    expect(check(p, 'glue-double-schedule')).toEqual([
      {
        rule: 'glue-double-schedule',
        severity: 'warning',
        nodeId: 'load-orders',
        field: 'trigger.type',
        message: 'the Glue job load-orders has its own schedule (cron(0 3 * * ? *)) and is also started by the schedule nightly: only one should start it (the export keeps nightly)',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'glue-double-schedule');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'load-orders')?.config).toMatchObject({ trigger: { type: 'on-demand' } });
  });

  it('accepts a scheduled job nothing else starts, and an on-demand job a schedule starts', () => {
    expect(check(patched(() => undefined), 'glue-double-schedule')).toEqual([]);
    const alone = patched((d) => {
      nodeConfig(d, 'load-orders').trigger = { type: 'schedule', schedule: 'cron(0 3 * * ? *)' };
      d.edges = d.edges.filter((e) => e.source !== 'nightly');
    });
    expect(check(alone, 'glue-double-schedule')).toEqual([]);
  });
});
