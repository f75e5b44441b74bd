import { describe, expect, it } from 'vitest';
import { PipelineBuilder, type Pipeline } from '../../model';
import { buildCdkApp } from '../cdk/build-app';
import { exportCloudFormation } from '../index';
import { importCloudFormation } from '../../import';

type Statement = { Action: string[] | string; Resource: unknown };
const template = (p: Pipeline) => exportCloudFormation(p, { format: 'json' }).template as { Parameters?: Record<string, { Type: string }>; Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
const statements = (t: ReturnType<typeof template>, roleId: string): Statement[] =>
  ((t.Resources[roleId].Properties.Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? []).flatMap((p) => p.PolicyDocument.Statement);
const actions = (s: Statement[]) => s.flatMap((x) => (Array.isArray(x.Action) ? x.Action : [x.Action]));

const cluster = (config: Record<string, unknown> = {}) => new PipelineBuilder('emr').node('analytics', 'glue-database').node('spark', 'emr-cluster', config).edge('analytics', 'spark').build();

describe('EMR export (issue 10: a cluster that deploys and works)', () => {
  it('gives the instance role the Glue calls the Glue metastore makes, including the default database', () => {
    // Hive/Spark with the Glue catalog as metastore open `default` at start-up and create tables as they write.
    // https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hive-metastore-glue.html
    const s = statements(template(cluster()), 'SparkInstanceRole');
    expect(actions(s)).toEqual(expect.arrayContaining(['glue:GetDatabase', 'glue:CreateTable', 'glue:BatchCreatePartition', 'glue:GetUserDefinedFunctions']));
    expect(JSON.stringify(s)).toContain(':database/default');
    // Without the catalog as metastore, only the reads drawn on the canvas.
    expect(actions(statements(template(cluster({ useGlueCatalog: false })), 'SparkInstanceRole'))).not.toContain('glue:CreateTable');
  });

  it('lets the service role pass the instance role (AmazonEMRServicePolicy_v2 passes only EMR_EC2_DefaultRole)', () => {
    // https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-iam-role.html
    const s = statements(template(cluster()), 'SparkServiceRole');
    expect(s).toEqual([expect.objectContaining({ Action: 'iam:PassRole', Resource: { 'Fn::GetAtt': ['SparkInstanceRole', 'Arn'] } })]);
  });

  it('launches into a subnet parameter and tags the cluster for the v2 managed policy', () => {
    const t = template(cluster());
    const props = t.Resources.SparkEmr.Properties as { Instances: Record<string, unknown>; Tags: unknown };
    expect(props.Instances.Ec2SubnetId).toEqual({ Ref: 'SparkEmrSubnetId' });
    expect(t.Parameters?.SparkEmrSubnetId.Type).toBe('AWS::EC2::Subnet::Id');
    expect(props.Tags).toEqual([{ Key: 'for-use-with-amazon-emr-managed-policies', Value: 'true' }]);
  });

  it('exports the auto-termination policy, and none for 0 (never) or for a release older than 5.30.0 / 6.1.0', () => {
    const props = (config: Record<string, unknown>) => template(cluster(config)).Resources.SparkEmr.Properties;
    expect(props({}).AutoTerminationPolicy).toEqual({ IdleTimeout: 3600 });
    expect(props({ autoTerminationIdleSeconds: 900 }).AutoTerminationPolicy).toEqual({ IdleTimeout: 900 });
    expect(props({ autoTerminationIdleSeconds: 0 }).AutoTerminationPolicy).toBeUndefined();
    expect(props({ releaseLabel: 'emr-6.0.0' }).AutoTerminationPolicy).toBeUndefined();
    expect(props({ releaseLabel: 'emr-5.30.0' }).AutoTerminationPolicy).toEqual({ IdleTimeout: 3600 });
    // Three primary nodes: EMR keeps termination protection on and overrides the policy (emr-plan-ha-launch.html).
    expect(props({ highAvailability: true }).AutoTerminationPolicy).toBeUndefined();
  });

  it('exports the instance groups by role: primary, core and task', () => {
    const instances = template(cluster({ instanceCount: 5, highAvailability: true, taskInstanceCount: 4 })).Resources.SparkEmr.Properties.Instances as Record<string, { InstanceCount: number }[] & { InstanceCount: number }>;
    expect(instances.MasterInstanceGroup.InstanceCount).toBe(3);
    expect(instances.CoreInstanceGroup.InstanceCount).toBe(2);
    expect(instances.TaskInstanceGroups[0].InstanceCount).toBe(4);
  });

  it('never turns Pig, Presto or HBase on Serverless into a Spark application: they become a cluster on EC2', () => {
    const t = template(cluster({ deployment: 'serverless', applications: ['Pig', 'Presto', 'HBase'] }));
    expect(t.Resources.SparkEmr.Type).toBe('AWS::EMR::Cluster');
    expect(t.Resources.SparkEmr.Properties.Applications).toEqual([{ Name: 'Pig' }, { Name: 'Presto' }, { Name: 'HBase' }]);
    const type = (applications: string[]) => template(cluster({ deployment: 'serverless', applications })).Resources.SparkEmr;
    expect([type(['Spark']).Properties.Type, type(['Hive']).Properties.Type]).toEqual(['SPARK', 'HIVE']);
    expect(type(['Spark', 'Hive']).Type).toBe('AWS::EMR::Cluster');
  });

  it('says the same in the CDK app (L1 constructs from the same resources)', () => {
    const { files, entry } = buildCdkApp(cluster({ autoTerminationIdleSeconds: 1800 }));
    const stack = Object.entries(files).find(([name]) => name !== entry && /stack\.ts$/.test(name))?.[1] ?? files[entry];
    const all = Object.values(files).join('\n');
    expect(stack ?? all).toBeDefined();
    expect(all).toMatch(/autoTerminationPolicy: \{\s*idleTimeout: 1800/);
    expect(all).toContain('for-use-with-amazon-emr-managed-policies');
    expect(all).toContain('iam:PassRole');
  });
});

describe('EMR import', () => {
  it('reads back the idle timeout and the instance groups it exported', () => {
    // Without the Sluice metadata, so the resource properties themselves are read (as for a template edited by hand).
    const roundTrip = (config: Record<string, unknown>) => {
      const exported = JSON.parse(exportCloudFormation(cluster(config), { format: 'json' }).text);
      delete exported.Metadata;
      for (const r of Object.values(exported.Resources) as { Metadata?: unknown }[]) delete r.Metadata;
      const result = importCloudFormation(JSON.stringify(exported));
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.pipeline.nodes.find((n) => n.kind === 'emr-cluster')?.config;
    };
    expect(roundTrip({ autoTerminationIdleSeconds: 900, instanceCount: 5, taskInstanceCount: 4 })).toMatchObject({ autoTerminationIdleSeconds: 900, instanceCount: 5, highAvailability: false, taskInstanceCount: 4 });
    expect(roundTrip({ instanceCount: 5, highAvailability: true })).toMatchObject({ instanceCount: 5, highAvailability: true, taskInstanceCount: 0 });
  });

  it('reads a hand-written cluster without an AutoTerminationPolicy as one that never terminates (0)', () => {
    const text = `
Resources:
  Hadoop:
    Type: AWS::EMR::Cluster
    Properties:
      Name: legacy
      ReleaseLabel: emr-7.14.0
      JobFlowRole: EMR_EC2_DefaultRole
      ServiceRole: EMR_DefaultRole_V2
      Instances:
        MasterInstanceGroup: { InstanceCount: 1, InstanceType: m5.xlarge }
        CoreInstanceGroup: { InstanceCount: 4, InstanceType: m5.xlarge }
`;
    const result = importCloudFormation(text);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.pipeline.nodes[0].config).toMatchObject({ autoTerminationIdleSeconds: 0, instanceCount: 5, highAvailability: false, taskInstanceCount: 0 });
  });
});
