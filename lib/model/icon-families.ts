import type { KindId } from './kind';

/**
 * The AWS Architecture Icons group services into families, each with its colour
 * (https://aws.amazon.com/architecture/icons/). Sluice draws letters, not AWS's icons (their
 * terms cover drawing diagrams, not shipping the icons inside a tool), so a service is told
 * apart by its family's colour and, for people who do not see colours well, by a shape of its
 * own per family. Colours are AWS's, darkened where white letters need more contrast.
 */
export const ICON_FAMILIES = {
  analytics: { label: 'Analytics', color: '#894DF9', shape: 'rounded-square' },
  'application-integration': { label: 'Application Integration', color: '#E01477', shape: 'circle' },
  storage: { label: 'Storage', color: '#3E8423', shape: 'bucket' },
  database: { label: 'Database', color: '#C624CE', shape: 'cylinder' },
  compute: { label: 'Compute', color: '#BB5900', shape: 'octagon' },
  'internet-of-things': { label: 'Internet of Things', color: '#3E8423', shape: 'hexagon' },
} as const;

export type IconFamily = keyof typeof ICON_FAMILIES;

/** Each service's family in the AWS Architecture Icons. */
export const KIND_ICON_FAMILY: Record<KindId, IconFamily> = {
  's3-bucket': 'storage',
  'kinesis-stream': 'analytics',
  'dynamodb-table': 'database',
  'sns-topic': 'application-integration',
  'sqs-queue': 'application-integration',
  'iot-rule': 'internet-of-things',
  schedule: 'application-integration',
  'api-gateway': 'application-integration',
  'rds-database': 'database',
  'lambda-function': 'compute',
  'glue-crawler': 'analytics',
  'glue-database': 'analytics',
  'glue-job': 'analytics',
  'emr-cluster': 'analytics',
  firehose: 'analytics',
  'opensearch-domain': 'analytics',
  'redshift-cluster': 'analytics',
  'athena-workgroup': 'analytics',
  'data-pipeline': 'analytics',
};
