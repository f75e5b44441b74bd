import { z } from 'zod';
import { defineKind } from '../kind';
import { EMR_IDLE_TIMEOUT, EMR_RELEASES, EMR_SUGGESTED_IDLE_SECONDS } from '../limits/emr';

export const emrCluster = defineKind({
  id: 'emr-cluster',
  label: 'EMR cluster',
  description: 'Hadoop, Spark, Hive, Presto and friends, on EC2 or serverless; can use the Glue catalog.',
  categories: ['etl', 'compute'],
  icon: { glyph: 'EMR', color: '#894DF9' },
  docsUrl: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-what-is-emr.html',
  configSchema: z.strictObject({
    deployment: z.enum(['ec2', 'serverless']).default('ec2').meta({ title: 'Deployment' }),
    releaseLabel: z.string().regex(/^emr-\d+\.\d+\.\d+$/, 'a release label such as emr-7.14.0').default(EMR_RELEASES.latest).meta({ title: 'Release' }),
    applications: z
      .array(z.enum(['Spark', 'Hive', 'Pig', 'Presto', 'Trino', 'HBase', 'Flink', 'Hadoop']))
      .default(['Spark'])
      .meta({ title: 'Applications', description: 'EMR Serverless runs Spark or Hive only.' }),
    instanceType: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+$/, 'an instance type such as m5.xlarge').default('m5.xlarge').meta({ title: 'Instance type' }),
    instanceCount: z
      .number()
      .int()
      .min(1)
      .default(3)
      .meta({ title: 'Instances (primary + core)', description: 'The primary node(s) plus the core nodes that hold HDFS; 1 is a single-node cluster.' }),
    highAvailability: z
      .boolean()
      .default(false)
      .meta({ title: 'Three primary nodes', description: 'High availability: the cluster survives the loss of a primary node. Counted in Instances.' }),
    taskInstanceCount: z.number().int().min(0).default(0).meta({ title: 'Task nodes', description: 'Compute-only nodes (no HDFS) in a task instance group.' }),
    autoTerminationIdleSeconds: z
      .number()
      .int()
      .min(0)
      .max(EMR_IDLE_TIMEOUT.maxSeconds)
      .default(EMR_SUGGESTED_IDLE_SECONDS)
      .meta({ title: 'Terminate after idle (s, 0 = never)', description: '60 to 604,800: the cluster ends itself after this long without work.' }),
    useGlueCatalog: z.boolean().default(true).meta({ title: 'Glue catalog as Hive metastore' }),
  }),
});
