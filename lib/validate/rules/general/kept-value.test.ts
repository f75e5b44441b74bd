import { describe, expect, it } from 'vitest';
import { updateNodeConfig } from '../../../edit';
import { exportCloudFormation } from '../../../export';
import { importCloudFormation } from '../../../import';
import type { Pipeline } from '../../../model';
import { validatePipeline } from '../../index';
import { check } from '../../testing/base-pipeline';

/**
 * Values AWS accepts that the designer does not offer: RDS storage below the designer's 20 GB
 * minimum (AWS takes 5 GB for MySQL on magnetic storage), an engine written "MySQL" (engine names
 * are case-insensitive), an EMR application the designer does not list (Ganglia).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html
 */
const TEMPLATE = `
Resources:
  OrdersDb:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: MySQL, AllocatedStorage: 5, DBInstanceClass: db.t3.micro, StorageType: standard}
  Cluster:
    Type: AWS::EMR::Cluster
    Properties:
      Name: analytics
      ReleaseLabel: emr-7.5.0
      Applications: [{Name: Spark}, {Name: Ganglia}]
      JobFlowRole: EMR_EC2_DefaultRole
      ServiceRole: EMR_DefaultRole
      Instances: {MasterInstanceGroup: {InstanceCount: 1, InstanceType: m5.xlarge}}
`;

function imported(): Pipeline {
  const r = importCloudFormation(TEMPLATE);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pipeline;
}

describe('kept-value', () => {
  it('names each kept value with its resource and property, what the export writes and what the designer shows', () => {
    const p = imported();
    const db = p.nodes.find((n) => n.kind === 'rds-database')!;
    const emr = p.nodes.find((n) => n.kind === 'emr-cluster')!;
    const findings = check(p, 'kept-value');
    expect(findings).toHaveLength(3);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'info',
          nodeId: db.id,
          field: 'allocatedStorageGb',
          message: `Resources.OrdersDb.Properties.AllocatedStorage is 5, kept as written from the imported template (must be at least 20, got 5): the export writes it, while the designer shows, simulates and prices allocatedStorageGb 20`,
        }),
        expect.objectContaining({ nodeId: db.id, field: 'engine', message: expect.stringContaining('Resources.OrdersDb.Properties.Engine is "MySQL"') }),
        expect.objectContaining({ nodeId: emr.id, field: 'applications', message: expect.stringContaining('Resources.Cluster.Properties.Applications is [{"Name":"Spark"},{"Name":"Ganglia"}]') }),
      ]),
    );
    // The finding points at the field in the document, so the JSON view and the inspector mark it.
    const finding = validatePipeline(p).findings.find((f) => f.rule === 'kept-value' && f.field === 'allocatedStorageGb')!;
    expect(finding.path).toEqual(['nodes', p.nodes.indexOf(db), 'config', 'allocatedStorageGb']);
  });

  it('goes away once the user sets the field, and the export then writes the designer\'s value, not the kept one', () => {
    const p = imported();
    const db = p.nodes.find((n) => n.kind === 'rds-database')!;
    const edited = updateNodeConfig(p, db.id, 'allocatedStorageGb', 100);
    if (!edited.ok) throw new Error('refused');
    expect(check(edited.pipeline, 'kept-value').map((f) => f.field).sort()).toEqual(['applications', 'engine']);
    const template = exportCloudFormation(edited.pipeline, { format: 'json' }).template as { Resources: Record<string, { Properties: Record<string, unknown> }> };
    // Before, the kept 5 overwrote the 100 the user chose.
    expect(template.Resources.OrdersDb.Properties.AllocatedStorage).toBe('100'); // CloudFormation's type for it is String
    // The other kept values still apply.
    expect(template.Resources.OrdersDb.Properties.Engine).toBe('MySQL');
  });

  it('says nothing about a design that was not imported', () => {
    const p = imported();
    expect(check({ ...p, kept: undefined }, 'kept-value')).toEqual([]);
  });
});
