/**
 * Amazon EMR facts the validator, exporter and importer rest on. Checked 2026-12-06.
 * Each figure carries the AWS page it comes from.
 */

/** AutoTerminationPolicy.IdleTimeout: 60 s to 604,800 s (7 days). */
export const EMR_IDLE_TIMEOUT = {
  minSeconds: 60,
  maxSeconds: 604_800,
  url: 'https://docs.aws.amazon.com/emr/latest/APIReference/API_AutoTerminationPolicy.html',
  checked: '2026-12-06',
} as const;

/** Our default idle timeout (not AWS's): long enough between a working day's steps, short enough not to pay for a night. */
export const EMR_SUGGESTED_IDLE_SECONDS = 3600;

/** Auto-termination exists from releases 5.30.0 (5.x) and 6.1.0 (6.x); every 7.x release has it. */
export const EMR_AUTO_TERMINATION_SINCE = {
  releases: ['5.30.0', '6.1.0'],
  url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-auto-termination-policy.html',
  checked: '2026-12-06',
} as const;

/**
 * Release support: each release has standard support for 24 months from its initial release.
 * emr-7.5.0 (released 2024-11-21) left standard support on 2026-11-20, and every lower release
 * before it; emr-7.14.0 (released 2026-09-08) is the newest release on 2026-12-06.
 */
export const EMR_RELEASES = {
  latest: 'emr-7.14.0',
  latestReleased: '2026-09-08',
  /** The newest release whose standard support had ended when checked. */
  newestOutOfStandardSupport: 'emr-7.5.0',
  standardSupportEnded: '2026-11-20',
  standardSupportMonths: 24,
  url: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-standard-support.html',
  releaseUrl: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-7140-release.html',
  checked: '2026-12-06',
} as const;

/** EMR Serverless runs two application types, Spark and Hive (with Tez); nothing else. */
export const EMR_SERVERLESS_TYPES = {
  applications: { Spark: 'SPARK', Hive: 'HIVE' } as Readonly<Record<string, 'SPARK' | 'HIVE'>>,
  url: 'https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/release-version-7140.html',
  checked: '2026-12-06',
} as const;

/**
 * AmazonEMRServicePolicy_v2 lets EMR launch instances only into subnets and security groups
 * tagged with this tag (and passes only the role named EMR_EC2_DefaultRole to EC2: any other
 * instance role needs its own iam:PassRole statement on the service role).
 */
export const EMR_MANAGED_POLICY_TAG = {
  key: 'for-use-with-amazon-emr-managed-policies',
  value: 'true',
  url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-iam-role.html',
  checked: '2026-12-06',
} as const;

/** The Glue Data Catalog as Hive metastore: Hive, Spark and Presto read and write tables through it. */
export const EMR_GLUE_METASTORE_URL = 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hive-metastore-glue.html';

/** "emr-7.5.0" → [7, 5, 0]; undefined for anything else. */
export function emrReleaseVersion(label: string): [number, number, number] | undefined {
  const m = /^emr-(\d+)\.(\d+)\.(\d+)$/.exec(label);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Whether the release is at or below the newest release out of standard support. */
export function emrReleaseOutOfStandardSupport(label: string): boolean {
  const v = emrReleaseVersion(label);
  return v !== undefined && compare(v, emrReleaseVersion(EMR_RELEASES.newestOutOfStandardSupport)!) <= 0;
}

/** Whether CloudFormation accepts an AutoTerminationPolicy for this release. */
export function emrSupportsAutoTermination(label: string): boolean {
  const v = emrReleaseVersion(label);
  if (!v) return false;
  if (v[0] >= 7) return true;
  if (v[0] === 6) return compare(v, [6, 1, 0]) >= 0;
  if (v[0] === 5) return compare(v, [5, 30, 0]) >= 0;
  return false;
}

/**
 * A cluster runs one primary node, or three for high availability (multiple primary nodes).
 * EMR turns termination protection on for a cluster with three primary nodes and overrides
 * any auto-termination setting (emr-plan-ha-launch.html).
 */
export const EMR_PRIMARY_NODES = {
  single: 1,
  highAvailability: 3,
  url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-ha.html',
  checked: '2026-12-06',
} as const;

/** Primary nodes of a cluster config. */
export function emrPrimaryNodes(config: { highAvailability: boolean }): number {
  return config.highAvailability ? EMR_PRIMARY_NODES.highAvailability : EMR_PRIMARY_NODES.single;
}

/**
 * What a cluster on EC2 costs at the least: EMR bills per second for each instance, with a
 * one-minute minimum, from the time the cluster is requested until it terminates; EC2 bills
 * each instance on top (also per second, with a 60-second minimum, for Linux).
 */
export const EMR_BILLING = {
  minimumSecondsPerInstance: 60,
  url: 'https://aws.amazon.com/emr/pricing/',
  ec2Url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  checked: '2026-12-06',
} as const;

/**
 * What the serverless alternative costs at the least: a Glue Spark ETL job (Glue 2.0 and later)
 * bills DPU-hours per second with a 1-minute minimum, and runs on at least 2 DPUs; nothing bills
 * between runs. Kept beside the EMR figures because only the EMR-to-Glue advice reads it.
 */
export const GLUE_SPARK_BILLING = {
  minimumSeconds: 60,
  minimumDpus: 2,
  url: 'https://aws.amazon.com/glue/pricing/',
  checked: '2026-12-06',
} as const;
