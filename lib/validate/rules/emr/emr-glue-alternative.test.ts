import { describe, expect, it } from 'vitest';
import { check, nodeConfig, patched } from '../../testing/base-pipeline';

/** The base pipeline's cluster reads the analytics catalog and writes the lake bucket (S3). */
const cluster = (config: Record<string, unknown>, patch: (d: Parameters<Parameters<typeof patched>[0]>[0]) => void = () => {}) =>
  patched((d) => {
    Object.assign(nodeConfig(d, 'spark'), config);
    patch(d);
  });

describe('emr-glue-alternative', () => {
  it('points a Spark-only batch cluster from the catalog into S3 to a Glue job, with both minimums', () => {
    // Glue 2.0+: per second, 1-minute minimum, at least 2 DPUs (aws.amazon.com/glue/pricing).
    // EMR: per second per instance, one-minute minimum, request to termination (aws.amazon.com/emr/pricing).
    // Default cluster: 3 instances idling 3600 s after the last step: 3 × 3600 / 3600 = 3 instance-hours.
    expect(check(cluster({ applications: ['Spark'] }), 'emr-glue-alternative')).toEqual([
      {
        rule: 'emr-glue-alternative',
        severity: 'info',
        nodeId: 'spark',
        field: 'applications',
        message:
          'the cluster runs only Spark from the catalog into S3, as a batch: a Glue Spark job does that serverless, billed per DPU-second with a 1 minute minimum on 2 DPUs or more and nothing between runs, where this cluster bills 3 instances (EMR per second with a 1 minute minimum each, plus EC2) from its request to its termination, including 1 hour idle after the last step (3 instance-hours each run)',
      },
    ]);
  });

  it('counts task nodes and the configured idle timeout, and lets Hadoop ride along with Spark', () => {
    // 3 primary + core and 2 task nodes idling 600 s: 5 × 600 / 3600 = 0.83 instance-hours.
    const [finding] = check(cluster({ applications: ['Spark', 'Hadoop'], taskInstanceCount: 2, autoTerminationIdleSeconds: 600 }), 'emr-glue-alternative');
    expect(finding?.message).toContain('bills 5 instances');
    expect(finding?.message).toContain('including 10 minutes idle after the last step (0.83 instance-hours each run)');
  });

  it('leaves clusters that are not a Spark batch over S3 alone', () => {
    const quiet = (config: Record<string, unknown>, patch?: Parameters<typeof cluster>[1]) => check(cluster({ applications: ['Spark'], ...config }, patch), 'emr-glue-alternative');
    expect(check(cluster({}), 'emr-glue-alternative')).toEqual([]); // Spark with Hive (the base pipeline)
    expect(quiet({ applications: ['Hadoop'] })).toEqual([]); // no Spark at all
    expect(quiet({ highAvailability: true })).toEqual([]); // a long-lived service
    expect(quiet({ autoTerminationIdleSeconds: 0 })).toEqual([]); // never ends: not a batch
    expect(quiet({ deployment: 'serverless' })).toEqual([]); // already no cluster
    expect(quiet({}, (d) => (d.edges = d.edges.filter((e) => e.id !== 'spark-to-lake')))).toEqual([]); // writes nothing
    expect(quiet({}, (d) => d.edges.push({ id: 'spark-to-warehouse', source: 'spark', target: 'warehouse', config: {} }))).toEqual([]); // also loads Redshift
    expect(quiet({}, (d) => d.edges.push({ id: 'file-index-to-spark', source: 'file-index', target: 'spark', config: {} }))).toEqual([]); // also reads DynamoDB
  });

  it('fires on a cluster reading a bucket directly (no catalog), and not on one reading nothing', () => {
    const noCatalog = (d: Parameters<Parameters<typeof patched>[0]>[0]) => (d.edges = d.edges.filter((e) => e.id !== 'analytics-to-spark'));
    expect(check(cluster({ applications: ['Spark'] }, noCatalog), 'emr-glue-alternative')).toEqual([]);
    const fromUploads = cluster({ applications: ['Spark'] }, (d) => {
      noCatalog(d);
      d.edges.push({ id: 'uploads-to-spark', source: 'uploads', target: 'spark', config: {} });
    });
    expect(check(fromUploads, 'emr-glue-alternative').map((f) => f.message.split(', as a batch')[0])).toEqual(['the cluster runs only Spark from S3 into S3']);
  });
});
