import { describe, expect, it } from 'vitest';
import { afterFix, check, nodeConfig, patched } from '../../testing/base-pipeline';

const spark = (config: Record<string, unknown>) => patched((d) => Object.assign(nodeConfig(d, 'spark'), config));

describe('emr-auto-termination', () => {
  it('warns about a cluster with no auto-termination, with the instance-hours it bills a month, and fixes it', () => {
    // 3 instances (1 primary + 2 core) + 1 task node = 4 instances × 24 h × 30 days = 2,880 instance-hours.
    // https://docs.aws.amazon.com/emr/latest/APIReference/API_AutoTerminationPolicy.html
    const p = spark({ autoTerminationIdleSeconds: 0, taskInstanceCount: 1 });
    expect(check(p, 'emr-auto-termination')).toEqual([
      {
        rule: 'emr-auto-termination',
        severity: 'warning',
        nodeId: 'spark',
        field: 'autoTerminationIdleSeconds',
        message: 'the cluster has no auto-termination: its 4 instances run and bill 2,880 instance-hours a month, idle or not, until someone terminates it',
      },
    ]);
    const { applied, remaining } = afterFix(p, 'emr-auto-termination');
    expect(remaining).toEqual([]);
    expect(applied.nodes.find((n) => n.id === 'spark')?.config).toMatchObject({ autoTerminationIdleSeconds: 3600 });
  });

  it('reports an idle timeout under the 60 s minimum as an error', () => {
    expect(check(spark({ autoTerminationIdleSeconds: 30 }), 'emr-auto-termination').map((f) => [f.severity, f.message])).toEqual([
      ['error', "an idle timeout of 30 s is below EMR's minimum of 60 s: the cluster cannot be created"],
    ]);
  });

  it('warns that three primary nodes turn termination protection on and override the idle timeout', () => {
    // https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-ha-launch.html
    expect(check(spark({ highAvailability: true }), 'emr-auto-termination').map((f) => [f.severity, f.field, f.message])).toEqual([
      ['warning', 'highAvailability', 'with three primary nodes EMR turns termination protection on and ignores the 1 hour idle timeout: the cluster runs until someone turns protection off and terminates it'],
    ]);
  });

  it('accepts 60 s, the default hour, and serverless applications (they stop by themselves)', () => {
    expect(check(spark({ autoTerminationIdleSeconds: 60 }), 'emr-auto-termination')).toEqual([]);
    expect(check(spark({}), 'emr-auto-termination')).toEqual([]);
    expect(check(spark({ deployment: 'serverless', autoTerminationIdleSeconds: 0 }), 'emr-auto-termination')).toEqual([]);
  });

  it('rejects an idle timeout over 7 days when the file is read', () => {
    expect(() => spark({ autoTerminationIdleSeconds: 604801 })).toThrow(/autoTerminationIdleSeconds/);
  });
});
