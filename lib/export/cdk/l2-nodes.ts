import { handlerSource } from '../handlers';
import { eventSourceMappingSettings, KINESIS_CONSUMER_NAME_MAX_CHARS, type PipelineNode } from '../../model';
import type { ExportContext } from '../cloudformation/context';
import type { CfnResource } from '../cloudformation/types';
import { lit, tsValue } from './ts-value';
import { feedsEventTriggeredJob } from '../cloudformation/kinds/glue-event';

/** Kinds whose main resource the CDK app builds with L2 constructs. */
export const L2_KINDS = new Set(['s3-bucket', 'sqs-queue', 'kinesis-stream', 'dynamodb-table', 'sns-topic', 'lambda-function', 'schedule']);

export function varName(ctx: ExportContext, nodeId: string): string {
  const id = ctx.primary(nodeId);
  return id[0].toLowerCase() + id.slice(1);
}

const override = (v: string, logicalId: string) => `    (${v}.node.defaultChild as cdk.CfnResource).overrideLogicalId(${lit(logicalId)});`;

/** The L2 construct for a node's main resource. Settings come from the same values the template has. */
export function l2Node(ctx: ExportContext, node: PipelineNode, resources: Record<string, CfnResource>): string[] {
  const v = varName(ctx, node.id);
  const id = ctx.primary(node.id);
  const p = resources[id].Properties ?? {};
  const out: string[] = [];
  switch (node.kind) {
    case 's3-bucket': {
      const c = node.config;
      out.push(
        `    const ${v} = new s3.Bucket(this, ${lit(id)}, {`,
        `      bucketName: ${tsValue(p.BucketName, false)},`,
        '      encryption: s3.BucketEncryption.S3_MANAGED,',
        '      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,',
        '      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,',
        '      enforceSSL: true,',
        `      versioned: ${c.versioned},`,
        ...(feedsEventTriggeredJob(ctx, node.id) ? ['      eventBridgeEnabled: true,'] : []),
        ...(c.expireAfterDays > 0 ? [`      lifecycleRules: [{ id: 'expire-objects', expiration: cdk.Duration.days(${c.expireAfterDays}) }],`] : []),
        '      removalPolicy: cdk.RemovalPolicy.RETAIN,',
        '    });',
      );
      break;
    }
    case 'sqs-queue': {
      const c = node.config;
      const [dlq] = ctx.outgoing(node.id, 'dead-letter');
      out.push(
        `    const ${v} = new sqs.Queue(this, ${lit(id)}, {`,
        `      visibilityTimeout: cdk.Duration.seconds(${c.visibilityTimeoutSeconds}),`,
        `      retentionPeriod: cdk.Duration.seconds(${c.retentionSeconds}),`,
        ...(c.delaySeconds > 0 ? [`      deliveryDelay: cdk.Duration.seconds(${c.delaySeconds}),`] : []),
        ...(c.fifo ? ['      fifo: true,'] : []),
        ...(c.fifo && c.highThroughputFifo ? ['      deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,', '      fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,'] : []),
        '      encryption: sqs.QueueEncryption.SQS_MANAGED,',
        '      enforceSSL: true,',
        ...(dlq ? [`      deadLetterQueue: { queue: ${varName(ctx, dlq.target)}, maxReceiveCount: ${c.maxReceiveCount} },`] : []),
        '    });',
      );
      break;
    }
    case 'kinesis-stream': {
      const c = node.config;
      out.push(
        `    const ${v} = new kinesis.Stream(this, ${lit(id)}, {`,
        c.mode === 'on-demand' ? '      streamMode: kinesis.StreamMode.ON_DEMAND,' : `      shardCount: ${c.shardCount},`,
        `      retentionPeriod: cdk.Duration.hours(${c.retentionHours}),`,
        '      encryption: kinesis.StreamEncryption.MANAGED,',
        '    });',
      );
      if (c.maxRecordSizeKib !== 1024) out.push(`    (${v}.node.defaultChild as kinesis.CfnStream).addPropertyOverride('MaxRecordSizeInKiB', ${c.maxRecordSizeKib});`);
      break;
    }
    case 'dynamodb-table': {
      const c = node.config;
      const stream = p.StreamSpecification as { StreamViewType: string } | undefined;
      out.push(
        `    const ${v} = new dynamodb.Table(this, ${lit(id)}, {`,
        `      partitionKey: { name: ${lit(c.partitionKey)}, type: dynamodb.AttributeType.STRING },`,
        ...(c.sortKey && c.sortKey !== c.partitionKey ? [`      sortKey: { name: ${lit(c.sortKey)}, type: dynamodb.AttributeType.STRING },`] : []),
        c.billingMode === 'PROVISIONED' ? `      billingMode: dynamodb.BillingMode.PROVISIONED, readCapacity: ${c.readCapacityUnits}, writeCapacity: ${c.writeCapacityUnits},` : '      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,',
        ...(stream ? [`      stream: dynamodb.StreamViewType.${stream.StreamViewType},`] : []),
        '      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },',
        '      encryption: dynamodb.TableEncryption.AWS_MANAGED,',
        '      removalPolicy: cdk.RemovalPolicy.RETAIN,',
        '    });',
      );
      break;
    }
    case 'sns-topic':
      out.push(
        `    const ${v} = new sns.Topic(this, ${lit(id)}, {`,
        ...(node.config.fifo ? ['      fifo: true,'] : []),
        `      masterKey: kms.Alias.fromAliasName(this, ${lit(`${id}Key`)}, 'alias/aws/sns'),`,
        '      enforceSSL: true,',
        '    });',
      );
      break;
    case 'schedule':
      out.push(
        `    const ${v} = new events.Rule(this, ${lit(id)}, {`,
        `      description: ${lit(String(p.Description))},`,
        `      schedule: events.Schedule.expression(${lit(node.config.expression)}),`,
        `      enabled: ${node.config.enabled},`,
        '    });',
      );
      break;
    case 'lambda-function':
      out.push(...functionCode(ctx, node, resources));
      break;
  }
  out.push(override(v, id));
  return out;
}

function functionCode(ctx: ExportContext, node: Extract<PipelineNode, { kind: 'lambda-function' }>, resources: Record<string, CfnResource>): string[] {
  const v = varName(ctx, node.id);
  const id = ctx.primary(node.id);
  const p = resources[id].Properties!;
  const c = node.config;
  const code = p.Code as Record<string, unknown>;
  const family = c.runtime.startsWith('nodejs') ? 'NODEJS' : c.runtime.startsWith('python') ? 'PYTHON' : c.runtime.startsWith('java') ? 'JAVA' : c.runtime.startsWith('dotnet') ? 'DOTNET_CORE' : c.runtime.startsWith('ruby') ? 'RUBY' : 'OTHER';
  // The generated handler is a file of the app (lambda/<id>/), packaged by CDK as an asset.
  const asset = handlerSource(ctx.graph, node) !== undefined;
  const codeExpr = asset
    ? `lambda.Code.fromAsset(fileURLToPath(new URL(${lit(`../lambda/${node.id}`)}, import.meta.url)))`
    : typeof code.ZipFile === 'string'
      ? `lambda.Code.fromInline(${lit(code.ZipFile)})`
      : `lambda.Code.fromBucket(s3.Bucket.fromBucketName(this, ${lit(`${id}CodeBucketRef`)}, cdk.Fn.ref(${lit(`${id}CodeBucket`)})), cdk.Fn.ref(${lit(`${id}CodeKey`)}))`;
  const env = p.Environment as { Variables: Record<string, never> } | undefined;
  const logGroup = ctx.idFor(node.id, 'LogGroup');
  const lines = [
    `    const ${v}Logs = new logs.LogGroup(this, ${lit(logGroup)}, { retention: logs.RetentionDays.ONE_MONTH, removalPolicy: cdk.RemovalPolicy.RETAIN });`,
    override(`${v}Logs`, logGroup),
    // A role of our own: the default one would carry the broad AWSLambdaBasicExecutionRole policy.
    `    const ${v}Role = new iam.Role(this, ${lit(ctx.idFor(node.id, 'Role'))}, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });`,
    override(`${v}Role`, ctx.idFor(node.id, 'Role')),
    `    const ${v} = new lambda.Function(this, ${lit(id)}, {`,
    `      role: ${v}Role,`,
    `      description: ${lit(String(p.Description))},`,
    `      runtime: new lambda.Runtime(${lit(c.runtime)}, lambda.RuntimeFamily.${family}${typeof code.ZipFile === 'string' && !asset ? ', { supportsInlineCode: true }' : ''}),`,
    `      handler: ${lit(c.handler)},`,
    `      code: ${codeExpr},`,
    `      memorySize: ${c.memoryMb},`,
    `      timeout: cdk.Duration.seconds(${p.Timeout}),`,
    `      ephemeralStorageSize: cdk.Size.mebibytes(${c.ephemeralStorageMb}),`,
    ...(c.architecture === 'arm64' ? ['      architecture: lambda.Architecture.ARM_64,'] : []),
    ...(c.reservedConcurrency !== undefined ? [`      reservedConcurrentExecutions: ${c.reservedConcurrency},`] : []),
    ...(env ? [`      environment: ${tsValue(env.Variables, false, '      ')},`] : []),
    `      logGroup: ${v}Logs,`,
    '    });',
  ];
  // A function in a VPC: the template's VpcConfig (subnets and security groups from parameters).
  if (p.VpcConfig) lines.push(`    (${v}.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig', ${JSON.stringify(p.VpcConfig)});`);
  // The same least-privilege statements as the template's inline policy.
  for (const s of ctx.policies.statements(node.id)) {
    lines.push(`    ${v}.addToRolePolicy(new iam.PolicyStatement({ actions: ${JSON.stringify(s.actions)}, resources: [${s.resources.map((r) => tsValue(r, false)).join(', ')}] }));`);
  }
  return lines;
}

function onFailure(ctx: ExportContext, nodeId: string, forStream: boolean): string | undefined {
  const [edge] = ctx.outgoing(nodeId, 'on-failure');
  if (!edge) return undefined;
  const target = ctx.node(edge.target);
  const t = varName(ctx, target.id);
  if (forStream) return target.kind === 'sqs-queue' ? `new sources.SqsDlq(${t})` : target.kind === 'sns-topic' ? `new sources.SnsDlq(${t})` : `new sources.S3OnFailureDestination(${t})`;
  return target.kind === 'sqs-queue' ? `new destinations.SqsDestination(${t})` : target.kind === 'sns-topic' ? `new destinations.SnsDestination(${t})` : `new destinations.S3Destination(${t})`;
}

/** Event sources, subscriptions, notifications, rule targets and async settings: the L2 way of drawing edges. */
export function l2Edges(ctx: ExportContext, fn: Extract<PipelineNode, { kind: 'lambda-function' }>, resources: Record<string, CfnResource>): string[] {
  const v = varName(ctx, fn.id);
  const out: string[] = [];
  for (const edge of ctx.incoming(fn.id, 'event-source-mapping')) {
    const source = ctx.node(edge.source);
    const s = eventSourceMappingSettings(source.kind, edge.config);
    const src = varName(ctx, source.id);
    const props = [`batchSize: ${s.batchSize}`];
    if (s.batchingWindowSeconds > 0) props.push(`maxBatchingWindow: cdk.Duration.seconds(${s.batchingWindowSeconds})`);
    if (s.reportBatchItemFailures) props.push('reportBatchItemFailures: true');
    if (source.kind === 'sqs-queue') {
      if (s.maxConcurrency !== undefined) props.push(`maxConcurrency: ${s.maxConcurrency}`);
      out.push(`    ${v}.addEventSource(new sources.SqsEventSource(${src}, { ${props.join(', ')} }));`);
      continue;
    }
    props.push(`startingPosition: lambda.StartingPosition.${s.startingPosition ?? 'LATEST'}`, `parallelizationFactor: ${s.parallelizationFactor}`, `bisectBatchOnError: ${s.bisectOnError}`);
    if (s.startingPosition === 'AT_TIMESTAMP' && edge.config.startingPositionTimestamp !== undefined) props.push(`startingPositionTimestamp: ${edge.config.startingPositionTimestamp}`);
    if (s.maxRetryAttempts >= 0) props.push(`retryAttempts: ${s.maxRetryAttempts}`);
    if (s.maxRecordAgeSeconds >= 0) props.push(`maxRecordAge: cdk.Duration.seconds(${s.maxRecordAgeSeconds})`);
    const failure = onFailure(ctx, fn.id, true);
    if (failure) props.push(`onFailure: ${failure}`);
    if (s.enhancedFanOut) {
      // Enhanced fan-out: the mapping reads through a registered stream consumer of its own.
      const consumerId = ctx.idForEdge(edge, 'StreamConsumer');
      const consumer = `new kinesis.StreamConsumer(this, ${lit(consumerId)}, { streamConsumerName: ${lit(`${fn.id}-${edge.id}`.slice(0, KINESIS_CONSUMER_NAME_MAX_CHARS))}, stream: ${src} })`;
      out.push(`    ${v}.addEventSource(new sources.KinesisConsumerEventSource(${consumer}, { ${props.join(', ')} }));`);
      continue;
    }
    out.push(`    ${v}.addEventSource(new sources.${source.kind === 'kinesis-stream' ? 'KinesisEventSource' : 'DynamoEventSource'}(${src}, { ${props.join(', ')} }));`);
  }
  for (const edge of ctx.incoming(fn.id, 'push')) {
    const source = ctx.node(edge.source);
    const src = varName(ctx, source.id);
    if (source.kind === 's3-bucket') {
      const filter = [edge.config.filterPrefix !== undefined && edge.config.filterPrefix !== '' ? `prefix: ${lit(edge.config.filterPrefix)}` : '', edge.config.filterSuffix ? `suffix: ${lit(edge.config.filterSuffix)}` : ''].filter(Boolean);
      out.push(`    ${v}.addEventSource(new sources.S3EventSource(${src}, { events: [s3.EventType.OBJECT_CREATED]${filter.length ? `, filters: [{ ${filter.join(', ')} }]` : ''} }));`);
    } else if (source.kind === 'sns-topic') out.push(`    ${v}.addEventSource(new sources.SnsEventSource(${src}));`);
  }
  for (const edge of ctx.incoming(fn.id, 'trigger')) if (ctx.node(edge.source).kind === 'schedule') out.push(`    ${varName(ctx, edge.source)}.addTarget(new targets.LambdaFunction(${v}, { retryAttempts: ${fn.config.asyncMaxRetries} }));`);
  const invoke = resources[ctx.idFor(fn.id, 'EventInvokeConfig')];
  if (invoke) {
    const dest = (invoke.Properties?.DestinationConfig as unknown) ? onFailure(ctx, fn.id, false) : undefined;
    out.push(`    ${v}.configureAsyncInvoke({ retryAttempts: ${fn.config.asyncMaxRetries}, maxEventAge: cdk.Duration.seconds(${fn.config.maxEventAgeSeconds})${dest ? `, onFailure: ${dest}` : ''} });`);
  }
  return out;
}

/** SNS subscriptions and S3 notifications into queues and topics. */
export function l2Deliveries(ctx: ExportContext, node: PipelineNode): string[] {
  const v = varName(ctx, node.id);
  const out: string[] = [];
  for (const edge of ctx.outgoing(node.id, 'push')) {
    const target = ctx.node(edge.target);
    const t = varName(ctx, target.id);
    if (node.kind === 'sns-topic' && target.kind === 'sqs-queue') out.push(`    ${v}.addSubscription(new subscriptions.SqsSubscription(${t}, { rawMessageDelivery: true }));`);
    if (node.kind === 's3-bucket' && (target.kind === 'sqs-queue' || target.kind === 'sns-topic')) {
      const filter = [edge.config.filterPrefix ? `prefix: ${lit(edge.config.filterPrefix)}` : '', edge.config.filterSuffix ? `suffix: ${lit(edge.config.filterSuffix)}` : ''].filter(Boolean);
      out.push(`    ${v}.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.${target.kind === 'sqs-queue' ? 'SqsDestination' : 'SnsDestination'}(${t})${filter.length ? `, { ${filter.join(', ')} }` : ''});`);
    }
  }
  return out;
}
