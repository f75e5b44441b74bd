import { GLUE_DESCRIPTION_MAX_CHARS, type NodeOfKind, type PipelineEdge } from '../../../model';
import { GLUE_BATCH_TIMEOUT_DEFAULT_MINUTES, PYTHON_SHELL_DPU, RAY_WORKER_TYPE } from '../../../model/kinds/glue-job';
import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import { bucketNameSub } from '../references';
import { truncate } from '../text';
import type { CfnObject, CfnValue } from '../types';
import { allowAll, catalogWriteGrant, glueConnectionId, readGrant, writeGrant } from '../edges/grants';
import { glueCron } from './glue-schedule';
import { emitEventTrigger } from './glue-event';
import { glueScriptKey } from '../../glue-scripts/script-path';
import { scriptsBucketParameter } from './glue-scripts-bucket';
import { emitJobEncryption } from './glue-encryption';
import { glueWorkflowTarget } from './glue-starter';

export function glueDatabaseName(node: NodeOfKind<'glue-database'>): string {
  return node.config.databaseName ?? node.id.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

export function emitGlueDatabase(ctx: ExportContext, node: NodeOfKind<'glue-database'>): void {
  const id = ctx.add(
    ctx.primary(node.id),
    { Type: 'AWS::Glue::Database', Properties: { CatalogId: ref('AWS::AccountId'), DatabaseInput: { Name: glueDatabaseName(node), Description: truncate(node.name, GLUE_DESCRIPTION_MAX_CHARS) } } },
    { nodes: [node.id] },
  );
  ctx.output(node.id, 'DatabaseName', `Glue database of node ${node.id}`, ref(id));
}

/** A crawler's security configuration: SSE-S3 for what it writes (crawlers have no encryption settings in a design). */
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

/** A job's or crawler's own rate() that no cron matches: an EventBridge rule of its own starts it (glue-starter.ts). */
function ownScheduleRule(ctx: ExportContext, nodeId: string, expression: string, action: CfnObject): void {
  const grant = (roleOwner: string, workflowArn: CfnValue) => ctx.policies.allow(roleOwner, ['glue:notifyEvent'], [workflowArn]);
  const target = glueWorkflowTarget(ctx, nodeId, ctx.idFor(nodeId, 'ScheduleWorkflow'), [action], grant, [nodeId]);
  ctx.add(ctx.idFor(nodeId, 'ScheduleRule'), { Type: 'AWS::Events::Rule', Properties: { Description: `Schedule of ${nodeId}`, ScheduleExpression: expression, State: 'ENABLED', Targets: [target] } }, { nodes: [nodeId] });
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
    allowAll(ctx, node.id, readGrant(ctx, source, node, 'crawl-target'));
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
    Description: truncate(node.name, GLUE_DESCRIPTION_MAX_CHARS),
    Role: getAtt(role, 'Arn'),
    Targets: targets,
    CrawlerSecurityConfiguration: ref(securityConfiguration(ctx, node.id)),
    RecrawlPolicy: { RecrawlBehavior: newFoldersOnly ? 'CRAWL_NEW_FOLDERS_ONLY' : 'CRAWL_EVERYTHING' },
    SchemaChangePolicy: newFoldersOnly ? { UpdateBehavior: 'LOG', DeleteBehavior: 'LOG' } : { UpdateBehavior: 'UPDATE_IN_DATABASE', DeleteBehavior: 'DEPRECATE_IN_DATABASE' },
  };
  const [populates] = ctx.outgoing(node.id, 'populates');
  if (populates) {
    properties.DatabaseName = ref(ctx.primary(populates.target));
    allowAll(ctx, node.id, catalogWriteGrant(ctx, node, ctx.node(populates.target)));
  }
  if (c.tablePrefix) properties.TablePrefix = c.tablePrefix;
  const cron = c.schedule ? glueCron(c.schedule) : undefined;
  if (cron) properties.Schedule = { ScheduleExpression: cron };
  const id = ctx.add(ctx.primary(node.id), { Type: 'AWS::Glue::Crawler', Properties: properties }, { nodes: [node.id] });
  if (c.schedule && !cron) ownScheduleRule(ctx, node.id, c.schedule, { CrawlerName: ref(id) });
  conditionalTrigger(ctx, node.id, { CrawlerName: ref(id) });
  ctx.output(node.id, 'CrawlerName', `Crawler name of node ${node.id}`, ref(id));
}

export { scriptsBucketParameter };

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
  const connections: CfnValue[] = [];
  for (const edge of [...ctx.incoming(node.id, 'reads'), ...ctx.incoming(node.id, 'reads-catalog')]) allowAll(ctx, node.id, readGrant(ctx, ctx.node(edge.source), node));
  for (const edge of ctx.outgoing(node.id, 'writes')) {
    const target = ctx.node(edge.target);
    const prefix = edge.config.writePrefix && /^[A-Za-z0-9/_.=-]+$/.test(edge.config.writePrefix) ? edge.config.writePrefix : `${node.id}/`;
    allowAll(ctx, node.id, writeGrant(ctx, target, prefix, node));
    if (target.kind === 'redshift-cluster') {
      // Spark's Redshift writer stages in --TempDir and runs COPY as the cluster's role, over the job's connection.
      const key = `redshift_${target.id.replace(/-/g, '_')}`;
      connections.push(ref(glueConnectionId(ctx, node.id, target.id)));
      sinks[`--${key}_connection`] = ref(glueConnectionId(ctx, node.id, target.id));
      sinks[`--${key}_iam_role`] = getAtt(ctx.idFor(target.id, 'Role'), 'Arn');
    }
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
  // The batch default (48 h) would stop a streaming job every two days: streaming jobs keep
  // Glue's own default (no timeout) unless the design sets another value.
  const streamingDefault = c.jobType === 'gluestreaming' && c.timeoutMinutes === GLUE_BATCH_TIMEOUT_DEFAULT_MINUTES;
  const properties: CfnObject = { Description: truncate(node.name, GLUE_DESCRIPTION_MAX_CHARS), Role: getAtt(role, 'Arn'), Command: command, DefaultArguments: args, ...(streamingDefault ? {} : { Timeout: c.timeoutMinutes }), MaxRetries: c.maxRetries };
  if (c.jobType === 'pythonshell') {
    command.PythonVersion = '3.9';
    properties.MaxCapacity = PYTHON_SHELL_DPU;
  } else if (c.jobType === 'glueray') {
    command.Runtime = 'Ray2.4';
    command.PythonVersion = '3.9';
    properties.GlueVersion = '4.0';
    properties.WorkerType = RAY_WORKER_TYPE;
    properties.NumberOfWorkers = c.numberOfWorkers;
  } else {
    if (c.language === 'python') command.PythonVersion = '3';
    properties.GlueVersion = c.glueVersion;
    properties.WorkerType = c.workerType;
    properties.NumberOfWorkers = c.numberOfWorkers;
    // Flex applies to Spark ETL jobs only; STANDARD is Glue's default and is left out.
    if (c.jobType === 'glueetl' && c.executionClass === 'FLEX') properties.ExecutionClass = 'FLEX';
  }
  if (connections.length) properties.Connections = { Connections: connections };
  if (c.encryptionAtRest) properties.SecurityConfiguration = ref(emitJobEncryption(ctx, node.id));
  ctx.add(id, { Type: 'AWS::Glue::Job', Properties: properties }, { nodes: [node.id] });
  // The job's own schedule, unless a schedule node already starts it (it would run twice).
  const scheduled = ctx.incoming(node.id, 'trigger').some((e) => ctx.node(e.source).kind === 'schedule');
  if (c.trigger.type === 'schedule' && c.trigger.schedule && !scheduled) {
    const cron = glueCron(c.trigger.schedule);
    if (cron) ctx.add(ctx.idFor(node.id, 'ScheduleTrigger'), { Type: 'AWS::Glue::Trigger', Properties: { Type: 'SCHEDULED', Schedule: cron, StartOnCreation: true, Actions: [{ JobName: ref(id) }] } }, { nodes: [node.id] });
    else ownScheduleRule(ctx, node.id, c.trigger.schedule, { JobName: ref(id) });
  }
  if (c.trigger.type === 'event') emitEventTrigger(ctx, node, id);
  conditionalTrigger(ctx, node.id, { JobName: ref(id) });
  ctx.output(node.id, 'JobName', `Glue job name of node ${node.id}`, ref(id));
}
