import { describe, expect, it } from 'vitest';
import { check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('schedule-expression', () => {
  it('reports a rate under 1 minute', () => {
    const p = patched((d) => (nodeConfig(d, 'nightly').expression = 'rate(30 seconds)'));
    expect(check(p, 'schedule-expression')).toEqual([
      {
        rule: 'schedule-expression',
        severity: 'error',
        nodeId: 'nightly',
        field: 'expression',
        message: '"rate(30 seconds)" is not a valid schedule: rate unit "seconds" is not minute(s), hour(s) or day(s): the smallest rate is 1 minute',
      },
    ]);
  });

  it('reports malformed cron expressions with the field at fault', () => {
    const cron = (expr: string) => check(patched((d) => (nodeConfig(d, 'lake-crawler').schedule = expr)), 'schedule-expression').map((f) => f.message);
    expect(cron('cron(0 2 * * *)')).toEqual([
      '"cron(0 2 * * *)" is not a valid schedule: cron(0 2 * * *) has 5 fields; it needs 6: minutes hours day-of-month month day-of-week year',
    ]);
    expect(cron('cron(0 25 * * ? *)')).toEqual(['"cron(0 25 * * ? *)" is not a valid schedule: cron hours: "25" is outside hours 0-23']);
    expect(cron('cron(0 2 * * * *)')).toEqual(['"cron(0 2 * * * *)" is not a valid schedule: cron needs "?" in exactly one of day-of-month and day-of-week']);
  });

  it('reports a rate expression in a Glue schedule (Glue takes cron only)', () => {
    const p = patched((d) => (nodeConfig(d, 'lake-crawler').schedule = 'rate(1 hour)'));
    expect(check(p, 'schedule-expression').map((f) => f.message)).toEqual(['"rate(1 hour)" is a rate expression, but Glue schedules take cron(...) only']);
  });

  it('reports a scheduled Glue trigger with no expression', () => {
    const p = patched((d) => {
      nodeConfig(d, 'load-orders').trigger = { type: 'schedule' };
      d.edges = d.edges.filter((e) => e.source !== 'nightly');
      d.nodes = d.nodes.filter((n) => n.id !== 'nightly');
    });
    expect(check(p, 'schedule-expression').map((f) => [f.nodeId, f.field])).toEqual([['load-orders', 'trigger']]);
  });

  it('accepts valid rate and cron expressions, names and special tokens included', () => {
    for (const expression of ['rate(1 minute)', 'rate(5 minutes)', 'rate(1 day)', 'cron(0 12 ? * MON-FRI *)', 'cron(15 10 L * ? 2030)', 'cron(0 8 ? * 2#1 *)']) {
      expect(check(patched((d) => (nodeConfig(d, 'nightly').expression = expression)), 'schedule-expression')).toEqual([]);
    }
  });
});
