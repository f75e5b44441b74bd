import { z } from 'zod';
import { defineKind } from '../kind';

/** The port a new cluster listens on unless told otherwise. https://docs.aws.amazon.com/redshift/latest/mgmt/rs-mgmt-cluster-port.html (checked 2026-12-06) */
export const REDSHIFT_DEFAULT_PORT = 5439;

export const redshiftCluster = defineKind({
  id: 'redshift-cluster',
  label: 'Redshift cluster',
  description: 'A columnar data warehouse; loads with COPY from S3, queries the catalog via Spectrum.',
  categories: ['sink', 'source'],
  icon: { glyph: 'RS', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-limits.html',
  configSchema: z.strictObject({
    nodeType: z.enum(['ra3.large', 'ra3.xlplus', 'ra3.4xlarge', 'ra3.16xlarge', 'dc2.large', 'dc2.8xlarge']).default('ra3.xlplus').meta({ title: 'Node type' }),
    numberOfNodes: z.number().int().min(1).default(2).meta({ title: 'Nodes' }),
    databaseName: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'lower-case letters, digits and _, starting with a letter').default('dev').meta({ title: 'Database name' }),
    masterUsername: z.string().regex(/^[a-z][a-z0-9_]{0,127}$/, 'lower-case letters, digits and _, starting with a letter').default('admin').meta({ title: 'Admin user name' }),
    maxLoadRecordsPerSecond: z.number().min(0).default(50000).meta({ title: 'Load capacity (records/s)', description: 'For the simulator.' }),
  }),
});
