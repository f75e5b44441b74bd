import type { NodeOfKind, PipelineEdge } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import { bucketNameSub } from '../references';
import { truncate } from '../text';
import type { CfnObject, CfnValue } from '../types';
import { allowAll, catalogWriteGrant, readGrant, writeGrant } from '../edges/grants';
import { glueCron } from './glue-schedule';
import { emitEventTrigger } from './glue-event';
import { glueScriptKey } from '../../glue-scripts/script-path';

export function glueDatabaseName(node: NodeOfKind<'glue-database'>): string {
  return node.config.databaseName ?? node.id.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

export function emitGlueDatabase(ctx: ExportContext, node: NodeOfKind<'glue-database'>): void {
  const id = ctx.add(
    ctx.primary(node.id),
    { Type: 'AWS::Glue::Database', Properties: { CatalogId: ref('AWS::AccountId'), DatabaseInput: { Name: glueDatabaseName(node), Description: truncate(node.name, 2048) } } },
    { nodes: [node.id] },
  );
  ctx.output(node.id, 'DatabaseName', `Glue database of node ${node.id}`, ref(id));
}

function securityConfiguration(ctx: ExportContext, nodeId: string): string {
  return ctx.add(
    ctx.idFor(nodeId, 'SecurityConfiguration'),
    {
      Type: 'AWS::Glue::SecurityConfiguration',
      Properties: {
        Name: sub(`\${AWS::StackName}-${nodeId}`),
        EncryptionConfiguration: {
          S3Encryptions: [{ S3EncryptionMode: 'SSE-S3' }],
          CloudWatchEncryption: { CloudWatchEncryptionMode: 'DISABLED' },
          JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'DISABLED' },
        },
      },
    },
    { nodes: [nodeId] },
  );
}

function glueLogs(ctx: ExportContext, nodeId: string, kind: 'crawlers' | 'jobs'): void {
  ctx.policies.allow(nodeId, ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], [sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws-glue/${kind}*:*`)]);
}

/** Jobs and crawlers that start `nodeId` when they succeed: a CONDITIONAL trigger. */
function conditionalTrigger(ctx: ExportContext, nodeId: string, action: CfnObject): void {
  const upstream = ctx.incoming(nodeId, 'trigger').filter((e) => ctx.node(e.source).kind !== 'schedule');
  if (!upstream.length) return;
  const conditions = upstream.map((e: PipelineEdge): CfnObject => {
    const s = ctx.node(e.source);
    return s.kind === 'glue-crawler'
      ? { LogicalOperator: 'EQUALS', CrawlerName: ref(ctx.primary(s.id)), CrawlState: 'SUCCEEDED' }
      : { LogicalOperator: 'EQUALS', JobName: ref(ctx.primary(s.id)), State: 'SUCCEEDED' };
  });
  ctx.add(
    ctx.idFor(nodeId, 'AfterTrigger'),
    { Type: 'AWS::Glue::Trigger', Properties: { Type: 'CONDITIONAL', StartOnCreation: true, Predicate: { Logical: conditions.length > 1 ? 'AND' : 'ANY', Conditions: conditions }, Actions: [action] } },
    { nodes: [nodeId, ...upstream.map((e) => e.source)] },
  );
}

export function emitCrawler(ctx: ExportContext, node: NodeOfKind<'glue-crawler'>): void {
  const c = node.config;
  const role = ctx.idFor(node.id, 'Role');
  ctx.roles.push({ nodeId: node.id, logicalId: role, service: 'glue.amazonaws.com' });
  glueLogs(ctx, node.id, 'crawlers');
  const targets: Record<string, CfnObject[]> = {};
  const push = (key: string, value: CfnObject) => (targets[key] = [...(targets[key] ?? []), value]);
  for (const edge of ctx.incoming(node.id, 'crawl-target')) {
    const source = ctx.node(edge.source);
    allowAll(ctx, node.id, readGrant(ctx, source));
    if (source.kind === 's3-bucket') push('S3Targets', { Path: sub(`s3://${bucketNameSub(source.id)}/`) });
    else if (source.kind === 'dynamodb-table') push('DynamoDBTargets', { Path: ref(ctx.primary(source.id)) });
    else {
      const connection = ctx.parameter(`${ctx.primary(node.id)}${ctx.primary(source.id)}Connection`, {
        Type: 'String',
        Description: `Name of the Glue JDBC connection crawler ${node.id} uses to reach ${source.id}`,
      });
      const database = source.kind === 'rds-database' || source.kind === 'redshift-cluster' ? source.config.databaseName : 'db';
      push('JdbcTargets', { ConnectionName: ref(connection), Path: `${database}/%` });
    }
  }
  const onlyS3 = Object.keys(targets).every((k) => k === 'S3Targets');
  const newFoldersOnly = c.recrawlNewFoldersOnly && onlyS3 && Object.keys(targets).length > 0;
  const properties: CfnObject = {
    Description: truncate(node.name, 2048),
    Role: getAtt(role, 'Arn'),
    Targets: targets,
    CrawlerSecurityConfiguration: ref(securityConfiguration(ctx, node.id)),
    RecrawlPolicy: { RecrawlBehavior: newFoldersOnly ? 'CRAWL_NEW_FOLDERS_ONLY' : 'CRAWL_EVERYTHING' },
    SchemaChangePolicy: newFoldersOnly ? { UpdateBehavior: 'LOG', DeleteBehavior: 'LOG' } : { UpdateBehavior: 'UPDATE_IN_DATABASE', DeleteBehavior: 'DEPRECATE_IN_DATABASE' },
  };
  const [populates] = ctx.outgoing(node.id, 'populates');
  if (populates) {
    properties.DatabaseName = ref(ctx.primary(populates.target));
    allowAll(ctx, node.id, catalogWriteGrant(ctx, ctx.node(populates.target)));
  }
  if (c.tablePrefix) properties.TablePrefix = c.tablePrefix;
  if (c.schedule) properties.Schedule = { ScheduleExpression: glueCron(c.schedule) };
  const id = ctx.add(ctx.primary(node.id), { Type: 'AWS::Glue::Crawler', Properties: properties }, { nodes: [node.id] });
  conditionalTrigger(ctx, node.id, { CrawlerName: ref(id) });
  ctx.output(node.id, 'CrawlerName', `Crawler name of node ${node.id}`, ref(id));
}

export function scriptsBucketParameter(ctx: ExportContext): string {
  return ctx.parameter('GlueScriptsBucket', {
    Type: 'String',
    Description: 'S3 bucket holding the Glue job scripts (upload the generated glue/ folder) and their temporary files',
    AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
    ConstraintDescription: 'an S3 bucket name',
  });
}

export function emitJob(ctx: ExportContext, node: NodeOfKind<'glue-job'>): void {
  const c = node.config;
  const id = ctx.primary(node.id);
  const role = ctx.idFor(node.id, 'Role');
  ctx.roles.push({ nodeId: node.id, logicalId: role, service: 'glue.amazonaws.com' });
  glueLogs(ctx, node.id, 'jobs');
  const scripts = scriptsBucketParameter(ctx);
  const key = glueScriptKey(node);
  ctx.policies.allow(node.id, ['s3:GetObject'], [sub(`arn:\${AWS::Partition}:s3:::\${${scripts}}/${key}`)]);
  ctx.policies.allow(node.id, ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], [sub(`arn:\${AWS::Partition}:s3:::\${${scripts}}/temp/${node.id}/*`)]);
  const sinks: Record<string, CfnValue> = {};
  for (const edge of [...ctx.incoming(node.id, 'reads'), ...ctx.incoming(node.id, 'reads-catalog')]) allowAll(ctx, node.id, readGrant(ctx, ctx.node(edge.source)));
  for (const edge of ctx.outgoing(node.id, 'writes')) {
    const target = ctx.node(edge.target);
    const prefix = edge.config.writePrefix && /^[A-Za-z0-9/_.=-]+$/.test(edge.config.writePrefix) ? edge.config.writePrefix : `${node.id}/`;
    allowAll(ctx, node.id, writeGrant(ctx, target, prefix));
    if (target.kind !== 's3-bucket') continue;
    // Spark overwrites and bookmarks list and delete what they wrote.
    allowAll(ctx, node.id, [
      { actions: ['s3:ListBucket'], resources: [sub(`arn:\${AWS::Partition}:s3:::${bucketNameSub(target.id)}`)] },
      { actions: ['s3:GetObject', 's3:DeleteObject'], resources: [sub(`arn:\${AWS::Partition}:s3:::${bucketNameSub(target.id)}/${prefix}*`)] },
    ]);
    sinks[`--sink_${target.id.replace(/-/g, '_')}`] = sub(`s3://${bucketNameSub(target.id)}/${prefix}`);
  }
  const args: Record<string, CfnValue> = {
    '--job-language': c.language === 'scala' ? 'scala' : 'python',
    '--job-bookmark-option': c.jobBookmarks ? 'job-bookmark-enable' : 'job-bookmark-disable',
    '--TempDir': sub(`s3://\${${scripts}}/temp/${node.id}/`),
    ...sinks,
  };
  if (c.language === 'scala') args['--class'] = 'GlueApp';
  const command: CfnObject = { Name: c.jobType, ScriptLocation: sub(`s3://\${${scripts}}/${key}`) };
  const properties: CfnObject = { Description: truncate(node.name, 2048), Role: getAtt(role, 'Arn'), Command: command, DefaultArguments: args, Timeout: c.timeoutMinutes, MaxRetries: c.maxRetries };
  if (c.jobType === 'pythonshell') {
    command.PythonVersion = '3.9';
    properties.MaxCapacity = 0.0625;
  } else if (c.jobType === 'glueray') {
    command.Runtime = 'Ray2.4';
    command.PythonVersion = '3.9';
    properties.GlueVersion = '4.0';
    properties.WorkerType = 'Z.2X';
    properties.NumberOfWorkers = c.numberOfWorkers;
  } else {
    if (c.language === 'python') command.PythonVersion = '3';
    properties.GlueVersion = c.glueVersion;
    properties.WorkerType = c.workerType;
    properties.NumberOfWorkers = c.numberOfWorkers;
    // Flex applies to Spark ETL jobs only; STANDARD is Glue's default and is left out.
    if (c.jobType === 'glueetl' && c.executionClass === 'FLEX') properties.ExecutionClass = 'FLEX';
  }
  if (c.encryptionAtRest) properties.SecurityConfiguration = ref(securityConfiguration(ctx, node.id));
  ctx.add(id, { Type: 'AWS::Glue::Job', Properties: properties }, { nodes: [node.id] });
  // The job's own schedule, unless a schedule node already starts it (it would run twice).
  const scheduled = ctx.incoming(node.id, 'trigger').some((e) => ctx.node(e.source).kind === 'schedule');
  if (c.trigger.type === 'schedule' && c.trigger.schedule && !scheduled) {
    ctx.add(ctx.idFor(node.id, 'ScheduleTrigger'), { Type: 'AWS::Glue::Trigger', Properties: { Type: 'SCHEDULED', Schedule: glueCron(c.trigger.schedule), StartOnCreation: true, Actions: [{ JobName: ref(id) }] } }, { nodes: [node.id] });
  }
  if (c.trigger.type === 'event') emitEventTrigger(ctx, node, id);
  conditionalTrigger(ctx, node.id, { JobName: ref(id) });
  ctx.output(node.id, 'JobName', `Glue job name of node ${node.id}`, ref(id));
}
