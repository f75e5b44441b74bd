import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

describe('glue-schedule-interval', () => {
  it('reports a crawler scheduled every minute', () => {
    const p = patched((d) => (nodeConfig(d, 'lake-crawler').schedule = 'cron(* * * * ? *)'));
    expect(check(p, 'glue-schedule-interval')).toEqual([
      {
        rule: 'glue-schedule-interval',
        severity: 'error',
        nodeId: 'lake-crawler',
        field: 'schedule',
        message: 'the crawler runs every 1 minute (cron(* * * * ? *)); Glue runs jobs and crawlers at most every 5 minutes',
      },
    ]);
    expect(afterFix(p, 'glue-schedule-interval').remaining).toEqual([]);
  });

  it("reads the job's trigger.schedule", () => {
    const p = patched((d) => (nodeConfig(d, 'load-orders').trigger = { type: 'schedule', schedule: 'cron(0/2 * * * ? *)' }));
    expect(check(p, 'glue-schedule-interval').map((f) => [f.nodeId, f.field, f.message])).toEqual([
      ['load-orders', 'trigger.schedule', 'the job runs every 2 minutes (cron(0/2 * * * ? *)); Glue runs jobs and crawlers at most every 5 minutes'],
    ]);
  });

  it('counts a schedule node connected to a job', () => {
    const p = patched((d) => (nodeConfig(d, 'nightly').expression = 'rate(1 minute)'));
    expect(check(p, 'glue-schedule-interval').map((f) => [f.nodeId, f.field, f.message])).toEqual([
      ['nightly', 'expression', 'the schedule nightly starts load-orders every 1 minute (rate(1 minute)); Glue runs jobs and crawlers at most every 5 minutes'],
    ]);
  });

  it('catches short gaps inside a list of minutes, and across midnight', () => {
    const list = patched((d) => (nodeConfig(d, 'lake-crawler').schedule = 'cron(0,3 2 * * ? *)'));
    expect(check(list, 'glue-schedule-interval').map((f) => f.message)).toEqual([
      'the crawler runs every 3 minutes (cron(0,3 2 * * ? *)); Glue runs jobs and crawlers at most every 5 minutes',
    ]);
    const midnight = patched((d) => (nodeConfig(d, 'lake-crawler').schedule = 'cron(58 23 * * ? *)'));
    expect(check(midnight, 'glue-schedule-interval')).toEqual([]);
    const wrap = patched((d) => (nodeConfig(d, 'lake-crawler').schedule = 'cron(0,58 0,23 * * ? *)'));
    expect(check(wrap, 'glue-schedule-interval').map((f) => f.message)).toEqual([
      'the crawler runs every 2 minutes (cron(0,58 0,23 * * ? *)); Glue runs jobs and crawlers at most every 5 minutes',
    ]);
  });

  it('accepts every 5 minutes exactly', () => {
    expect(check(patched((d) => (nodeConfig(d, 'lake-crawler').schedule = 'cron(0/5 * * * ? *)')), 'glue-schedule-interval')).toEqual([]);
    expect(check(patched((d) => (nodeConfig(d, 'nightly').expression = 'rate(5 minutes)')), 'glue-schedule-interval')).toEqual([]);
  });
});
