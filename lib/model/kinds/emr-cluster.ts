import { z } from 'zod';
import { defineKind } from '../kind';

export const emrCluster = defineKind({
  id: 'emr-cluster',
  label: 'EMR cluster',
  description: 'Hadoop, Spark, Hive, Presto and friends, on EC2 or serverless; can use the Glue catalog.',
  categories: ['etl', 'compute'],
  icon: { glyph: 'EMR', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-what-is-emr.html',
  configSchema: z.strictObject({
    deployment: z.enum(['ec2', 'serverless']).default('ec2').meta({ title: 'Deployment' }),
    releaseLabel: z.string().regex(/^emr-\d+\.\d+\.\d+$/, 'a release label such as emr-7.5.0').default('emr-7.5.0').meta({ title: 'Release' }),
    applications: z
      .array(z.enum(['Spark', 'Hive', 'Pig', 'Presto', 'Trino', 'HBase', 'Flink', 'Hadoop']))
      .default(['Spark'])
      .meta({ title: 'Applications' }),
    instanceType: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+$/, 'an instance type such as m5.xlarge').default('m5.xlarge').meta({ title: 'Instance type' }),
    instanceCount: z.number().int().min(1).default(3).meta({ title: 'Instances' }),
    useGlueCatalog: z.boolean().default(true).meta({ title: 'Glue catalog as Hive metastore' }),
  }),
});
