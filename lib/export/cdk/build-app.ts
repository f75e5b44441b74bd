import type { Pipeline } from '../../model';
import { buildTemplate } from '../cloudformation/build-template';
import { pascalCase } from '../cloudformation/logical-ids';
import { commentSafe } from '../cloudformation/text';
import { buildGlueScripts } from '../glue-scripts/build-scripts';
import { handlerFiles, handlerSource } from '../handlers';
import { NAG_HELPER, nagAcknowledgements } from './nag-acknowledgements';
import { projectFiles } from './project-files';
import { L2_KINDS, l2Deliveries, l2Edges, l2Node } from './l2-nodes';
import { l1Class, lit, tsValue } from './ts-value';

export interface CdkAppOptions {
  /** CloudWatch alarms, as in the template (default true). */
  alarms?: boolean;
}

/** Meanings whose resources L2 constructs make themselves (event sources, subscriptions, targets). */
const L2_EDGE_MEANINGS = new Set(['event-source-mapping', 'dead-letter', 'on-failure']);

export function appName(pipeline: Pipeline): string {
  return pipeline.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'pipeline';
}

/** Order L2 nodes so a construct exists before another one names it (a dead-letter queue before its queue). */
const ORDER = ['s3-bucket', 'kinesis-stream', 'dynamodb-table', 'sns-topic', 'sqs-queue', 'lambda-function', 'schedule'];

/**
 * A CDK app in TypeScript: L2 constructs for buckets, queues, streams, tables, topics,
 * functions, schedules and their event sources; L1 (Cfn*) constructs for the rest (Glue,
 * IoT, Firehose, Athena, EMR, Redshift, RDS, OpenSearch, API Gateway, Data Pipeline),
 * generated from the very resources of the CloudFormation export so both say the same.
 * Constructs keep the export's logical ids, so the two templates read alike.
 */
export function buildCdkApp(pipeline: Pipeline, options: CdkAppOptions = {}): { files: Record<string, string>; entry: string } {
  const built = buildTemplate(pipeline, { alarms: options.alarms ?? true, handlerCode: handlerSource });
  const ctx = built.context;
  const { template } = built;
  const name = appName(pipeline);
  const className = `${pascalCase(name)}Stack`;
  const handled = new Set<string>();
  const l2Nodes = pipeline.nodes.filter((n) => L2_KINDS.has(n.kind));
  for (const n of l2Nodes) {
    handled.add(ctx.primary(n.id));
    for (const suffix of ['Policy', 'Role', 'LogGroup', 'EventInvokeConfig']) handled.add(ctx.idFor(n.id, suffix));
  }
  for (const e of pipeline.edges) {
    const meaning = ctx.graph.connection(e)?.meaning;
    const source = ctx.graph.node(e.source)!;
    const target = ctx.graph.node(e.target)!;
    const l2Push = meaning === 'push' && (source.kind === 's3-bucket' || source.kind === 'sns-topic');
    const l2Trigger = meaning === 'trigger' && source.kind === 'schedule' && target.kind === 'lambda-function';
    if ((meaning && L2_EDGE_MEANINGS.has(meaning)) || l2Push || l2Trigger) for (const id of ctx.resourcesByEdge[e.id] ?? []) if (template.Resources[id].Type !== 'AWS::Glue::Trigger') handled.add(id);
  }

  const imports = new Map<string, string>();
  const body: string[] = [];
  // A function whose handler is an asset of the app needs no code bucket and key parameters.
  const assetParameters = new Set(
    ctx.graph.nodesOfKind('lambda-function').filter((fn) => handlerSource(ctx.graph, fn)).flatMap((fn) => [`${ctx.primary(fn.id)}CodeBucket`, `${ctx.primary(fn.id)}CodeKey`]),
  );
  for (const [id, p] of Object.entries(template.Parameters ?? {})) {
    if (assetParameters.has(id)) continue;
    body.push(`    new cdk.CfnParameter(this, ${lit(id)}, ${tsValue({ type: p.Type, description: p.Description, ...(p.Default !== undefined ? { default: p.Default } : {}), ...(p.AllowedPattern ? { allowedPattern: p.AllowedPattern } : {}), ...(p.ConstraintDescription ? { constraintDescription: p.ConstraintDescription } : {}) }, false, '    ')});`);
  }
  body.push('');
  for (const kind of ORDER) {
    const nodes = l2Nodes.filter((n) => n.kind === kind);
    // Dead-letter targets first.
    nodes.sort((a, b) => Number(ctx.incoming(b.id, 'dead-letter').length > 0) - Number(ctx.incoming(a.id, 'dead-letter').length > 0));
    for (const n of nodes) body.push(...l2Node(ctx, n, template.Resources));
  }
  for (const n of l2Nodes) {
    if (n.kind === 'lambda-function') body.push(...l2Edges(ctx, n, template.Resources));
    body.push(...l2Deliveries(ctx, n));
  }
  body.push('');
  const l1Ids = Object.keys(template.Resources).filter((id) => !handled.has(id));
  for (const id of l1Ids) {
    const r = template.Resources[id];
    const { module, alias, className: cls } = l1Class(r.Type);
    imports.set(alias, module);
    const v = `l1${id}`;
    body.push(`    const ${v} = new ${alias}.${cls}(this, ${lit(id)}, ${tsValue(r.Properties ?? {}, true, '    ')});`);
    const deps = (r.DependsOn ?? []).filter((d) => l1Ids.includes(d));
    if (deps.length) body.push(`    ${v}.addOverride('DependsOn', ${JSON.stringify(deps)});`);
    if (r.DeletionPolicy) body.push(`    ${v}.cfnOptions.deletionPolicy = cdk.CfnDeletionPolicy.${r.DeletionPolicy.toUpperCase()};`);
    if (r.UpdateReplacePolicy) body.push(`    ${v}.cfnOptions.updateReplacePolicy = cdk.CfnDeletionPolicy.${r.UpdateReplacePolicy.toUpperCase()};`);
  }
  for (const [id, o] of Object.entries(template.Outputs ?? {})) body.push(`    new cdk.CfnOutput(this, ${lit(id)}, { description: ${lit(o.Description)}, value: ${tsValue(o.Value, false)} });`);
  body.push('', ...nagAcknowledgements(template));

  const stack = [
    `// The stack for pipeline ${commentSafe(pipeline.name)}, generated by Sluice (see README.md).`,
    "import * as cdk from 'aws-cdk-lib';",
    "import { Validations } from 'aws-cdk-lib';",
    "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';",
    "import * as events from 'aws-cdk-lib/aws-events';",
    "import * as targets from 'aws-cdk-lib/aws-events-targets';",
    "import * as iam from 'aws-cdk-lib/aws-iam';",
    "import * as kinesis from 'aws-cdk-lib/aws-kinesis';",
    "import * as kms from 'aws-cdk-lib/aws-kms';",
    "import * as lambda from 'aws-cdk-lib/aws-lambda';",
    "import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';",
    "import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';",
    "import * as logs from 'aws-cdk-lib/aws-logs';",
    "import * as s3 from 'aws-cdk-lib/aws-s3';",
    "import * as s3n from 'aws-cdk-lib/aws-s3-notifications';",
    "import * as sns from 'aws-cdk-lib/aws-sns';",
    "import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';",
    "import * as sqs from 'aws-cdk-lib/aws-sqs';",
    ...[...imports].filter(([alias]) => !['dynamodb', 'events', 'iam', 'kinesis', 'kms', 'lambda', 'logs', 's3', 'sns', 'sqs'].includes(alias)).sort().map(([alias, module]) => `import * as ${alias} from 'aws-cdk-lib/${module}';`),
    "import { fileURLToPath } from 'node:url';",
    "import type { Construct } from 'constructs';",
    "import { acknowledgeScopedWildcards } from './nag';",
    '',
    `export class ${className} extends cdk.Stack {`,
    '  constructor(scope: Construct, id: string, props?: cdk.StackProps) {',
    '    super(scope, id, props);',
    // Set here, not through props: the Stack constructor refuses descriptions over 512 characters
    // (StackDescriptionTooLong), though CloudFormation takes 1,024 bytes.
    `    this.templateOptions.description = props?.description ?? ${lit(template.Description)};`,
    ...body,
    '  }',
    '}',
    '',
  ].join('\n');
  const files: Record<string, string> = {
    ...projectFiles(name, className, pipeline),
    [`lib/${name}-stack.ts`]: stack,
    'lib/nag.ts': NAG_HELPER,
    ...buildGlueScripts(pipeline),
    ...handlerFiles(pipeline),
  };
  return { files: Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k]])), entry: `bin/${name}.ts` };
}
