import { describe, expect, it } from 'vitest';
import { exportCloudFormation } from '../../export';
import { importCloudFormation } from '..';
import type { Pipeline } from '../../model';

function imported(text: string): { pipeline: Pipeline; warnings: string[] } {
  const r = importCloudFormation(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { pipeline: r.pipeline, warnings: r.warnings };
}

const resourcesOf = (p: Pipeline) => exportCloudFormation(p).template.Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;

describe('values AWS accepts that the designer does not offer', () => {
  it('reads an unquoted YAML 4.0 as the text "4.0", as CloudFormation does', () => {
    // https://docs.aws.amazon.com/glue/latest/dg/release-notes.html: "4.0" is a Glue version; 4 is not.
    const { pipeline } = imported('Resources:\n  Job:\n    Type: AWS::Glue::Job\n    Properties:\n      Role: r\n      Command: {Name: glueetl, ScriptLocation: s3://b/k.py}\n      GlueVersion: 4.0\n');
    expect(pipeline.nodes[0].config).toMatchObject({ glueVersion: '4.0' });
  });

  it('takes an engine in other letter cases (RDS engine names are case-insensitive) and writes it back as written', () => {
    const text = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: MySQL\n      DBInstanceClass: db.t3.micro\n      AllocatedStorage: 5\n';
    const { pipeline, warnings } = imported(text);
    const node = pipeline.nodes[0];
    expect(node.kind === 'rds-database' && node.config.engine).toBe('mysql');
    expect(warnings.some((w) => w.startsWith('Resources.Db.Properties.Engine: "MySQL" read as "mysql"'))).toBe(true);
    // 5 GB is below the designer's 20 GB minimum for gp2 but AWS takes 5 for magnetic storage: kept.
    expect(warnings.some((w) => w.startsWith('Resources.Db.Properties.AllocatedStorage: 5 is not what the designer offers'))).toBe(true);
    expect(pipeline.kept?.nodes[node.id].values.map((v) => [v.field, v.value])).toEqual([['engine', 'MySQL'], ['allocatedStorageGb', 5]]);
    // Unchanged: the resource goes back exactly as written.
    expect(resourcesOf(pipeline).Db.Properties).toEqual({ Engine: 'MySQL', DBInstanceClass: 'db.t3.micro', AllocatedStorage: 5 });
    // Changed in the designer: Sluice's resource, with the kept values written back where they came from.
    const edited = { ...pipeline, nodes: [{ ...node, name: 'renamed' }] } as Pipeline;
    const props = resourcesOf(edited).Db.Properties!;
    expect(props.Engine).toBe('MySQL');
    expect(props.AllocatedStorage).toBe(5);
  });

  it('keeps an EMR application, a legacy instance type and a hyphenated database name, naming resource and property', () => {
    const text = [
      'Resources:',
      '  Emr:',
      '    Type: AWS::EMR::Cluster',
      '    Properties:',
      '      Name: c',
      '      ReleaseLabel: emr-6.15.0',
      '      Applications: [{Name: Spark}, {Name: Ganglia}]',
      '      Instances: {MasterInstanceGroup: {InstanceType: m5.xlarge, InstanceCount: 1}}',
      '      JobFlowRole: j',
      '      ServiceRole: s',
      '  Search:',
      '    Type: AWS::Elasticsearch::Domain',
      '    Properties:',
      '      ElasticsearchVersion: "7.10"',
      '      ElasticsearchClusterConfig: {InstanceType: r5.large.elasticsearch, InstanceCount: 1}',
      '  Db:',
      '    Type: AWS::Glue::Database',
      '    Properties:',
      '      CatalogId: !Ref AWS::AccountId',
      '      DatabaseInput: {Name: datalake-curated}',
    ].join('\n');
    const { pipeline, warnings } = imported(text);
    const emr = pipeline.nodes.find((n) => n.kind === 'emr-cluster')!;
    expect(emr.kind === 'emr-cluster' && emr.config.applications).toEqual(['Spark']);
    expect(warnings.find((w) => w.startsWith('Resources.Emr.Properties.Applications: "Ganglia" is not among'))).toBeDefined();
    expect(warnings.find((w) => w.startsWith('Resources.Search.Properties.ElasticsearchClusterConfig.InstanceType: "r5.large.elasticsearch"'))).toBeDefined();
    expect(warnings.find((w) => w.startsWith('Resources.Db.Properties.DatabaseInput.Name: "datalake-curated"'))).toBeDefined();
    const back = resourcesOf(pipeline);
    expect(back.Emr.Properties!.Applications).toEqual([{ Name: 'Spark' }, { Name: 'Ganglia' }]);
    expect((back.Db.Properties!.DatabaseInput as { Name: string }).Name).toBe('datalake-curated');
  });

  it('still refuses text where AWS wants a number', () => {
    const r = importCloudFormation('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: soon\n');
    expect(r.ok).toBe(false);
  });

  it('names a node by its name property, never by a long description, and keeps the description', () => {
    const description = 'x'.repeat(140);
    const text = `Resources:\n  Worker:\n    Type: AWS::Lambda::Function\n    Properties:\n      Description: ${description}\n      Role: arn:aws:iam::1:role/r\n      Runtime: python3.12\n      Handler: app.handler\n      Code: {ZipFile: "x"}\n`;
    const { pipeline } = imported(text);
    expect(pipeline.nodes[0].name).toBe('Worker');
    expect(resourcesOf({ ...pipeline, nodes: [{ ...pipeline.nodes[0], name: 'edited' }] } as Pipeline).Worker.Properties!.Description).toBe(description);
  });
});
