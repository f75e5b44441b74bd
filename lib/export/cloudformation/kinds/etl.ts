import { FIREHOSE_OPENSEARCH_BUFFER_MAX_MB, type EdgeConfig, type NodeOfKind } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import { arnOf, bucketArn } from '../references';
import { truncate } from '../text';
import type { CfnObject } from '../types';
import { allowAll, flowGrants, readGrant } from '../edges/grants';

/**
 * Firehose reads a Kinesis stream when one feeds it (else takes direct puts) and delivers to
 * one destination. Redshift and OpenSearch deliveries need an S3 bucket too (staging / backup):
 * the node gets its own when the design has none.
 */
export function emitFirehose(ctx: ExportContext, node: NodeOfKind<'firehose'>): void {
  const c = node.config;
  const role = ctx.idFor(node.id, 'Role');
  ctx.roles.push({ nodeId: node.id, logicalId: role, service: 'firehose.amazonaws.com' });
  const roleArn = getAtt(role, 'Arn');
  const properties: CfnObject = {};
  const [source] = ctx.incoming(node.id, 'delivers');
  if (source) {
    const stream = ctx.node(source.source);
    properties.DeliveryStreamType = 'KinesisStreamAsSource';
    properties.KinesisStreamSourceConfiguration = { KinesisStreamARN: arnOf(ctx, stream), RoleARN: roleArn };
    allowAll(ctx, node.id, readGrant(ctx, stream, node, 'delivers'));
  } else {
    properties.DeliveryStreamType = 'DirectPut';
    properties.DeliveryStreamEncryptionConfigurationInput = { KeyType: 'AWS_OWNED_CMK' };
  }
  // A delivery stream has exactly one destination, so only the first 'delivers' edge is used.
  // The validator rule firehose-destination reports two or more as an error (and none as a
  // warning), and `sluice export` refuses a pipeline with errors unless --force.
  const [destination] = ctx.outgoing(node.id, 'delivers');
  const target = destination ? ctx.node(destination.target) : undefined;
  const buffering = { SizeInMBs: Math.max(1, Math.round(c.bufferSizeMb)), IntervalInSeconds: c.bufferIntervalSeconds };
  const s3Grant = (bucket: ReturnType<typeof bucketArn>, objects: ReturnType<typeof bucketArn>) =>
    allowAll(ctx, node.id, [
      { actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'], resources: [bucket] },
      { actions: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'], resources: [objects] },
    ]);
  let staging: { BucketARN: ReturnType<typeof bucketArn>; RoleARN: typeof roleArn; BufferingHints: typeof buffering; CompressionFormat: string } | undefined;
  if (!target || target.kind !== 's3-bucket') {
    const bucket = ctx.add(
      ctx.idFor(node.id, 'StagingBucket'),
      {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        },
      },
      { nodes: [node.id] },
    );
    s3Grant(getAtt(bucket, 'Arn'), sub(`\${${bucket}.Arn}/*`));
    staging = { BucketARN: getAtt(bucket, 'Arn'), RoleARN: roleArn, BufferingHints: buffering, CompressionFormat: c.compression === 'SNAPPY' || c.compression === 'ZIP' ? 'UNCOMPRESSED' : c.compression };
  }
  if (target?.kind === 'redshift-cluster') {
    const cluster = ctx.primary(target.id);
    properties.RedshiftDestinationConfiguration = {
      ClusterJDBCURL: sub(`jdbc:redshift://\${${cluster}.Endpoint.Address}:\${${cluster}.Endpoint.Port}/${target.config.databaseName}`),
      CopyCommand: { DataTableName: node.id.replace(/[^A-Za-z0-9_]/g, '_'), CopyOptions: c.compression === 'GZIP' ? "JSON 'auto' GZIP" : "JSON 'auto'" },
      SecretsManagerConfiguration: { Enabled: true, SecretARN: getAtt(cluster, 'MasterPasswordSecretArn'), RoleARN: roleArn },
      RoleARN: roleArn,
      S3Configuration: staging!,
    };
    allowAll(ctx, node.id, flowGrants(ctx, 'delivers', node, target, 'source'));
  } else if (target?.kind === 'opensearch-domain') {
    const domain = ctx.primary(target.id);
    properties.AmazonopensearchserviceDestinationConfiguration = {
      DomainARN: getAtt(domain, 'Arn'),
      IndexName: node.id.toLowerCase(),
      RoleARN: roleArn,
      BufferingHints: { SizeInMBs: Math.min(FIREHOSE_OPENSEARCH_BUFFER_MAX_MB, buffering.SizeInMBs), IntervalInSeconds: buffering.IntervalInSeconds },
      S3BackupMode: 'FailedDocumentsOnly',
      S3Configuration: staging!,
    };
    allowAll(ctx, node.id, [{ actions: ['es:DescribeDomain', 'es:DescribeDomains', 'es:DescribeDomainConfig', 'es:ESHttpPost', 'es:ESHttpPut', 'es:ESHttpGet'], resources: [getAtt(domain, 'Arn'), sub(`\${${domain}.Arn}/*`)] }]);
  } else if (target?.kind === 's3-bucket') {
    properties.ExtendedS3DestinationConfiguration = {
      BucketARN: bucketArn(target.id),
      RoleARN: roleArn,
      BufferingHints: buffering,
      CompressionFormat: c.compression === 'ZIP' ? 'ZIP' : c.compression === 'SNAPPY' ? 'Snappy' : c.compression,
      ...(c.prefix ? { Prefix: c.prefix, ErrorOutputPrefix: 'errors/' } : {}),
    };
    s3Grant(bucketArn(target.id), bucketArn(target.id, '/*'));
  } else {
    properties.ExtendedS3DestinationConfiguration = staging!;
  }
  // One Lambda processor transforms each buffered batch before delivery: Sluice writes the first such edge only (as the simulator runs it).
  // https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
  const [processor] = ctx.outgoing(node.id, 'transform');
  if (processor) {
    const fn = ctx.node(processor.target);
    const destinationKey = Object.keys(properties).find((k) => k.endsWith('DestinationConfiguration'))!;
    (properties[destinationKey] as CfnObject).ProcessingConfiguration = {
      Enabled: true,
      Processors: [{ Type: 'Lambda', Parameters: [{ ParameterName: 'LambdaArn', ParameterValue: getAtt(ctx.primary(fn.id), 'Arn') }, ...processorParameters(processor.config)] }],
    };
    allowAll(ctx, node.id, flowGrants(ctx, 'transform', node, fn, 'source'));
  }
  const id = ctx.add(ctx.primary(node.id), { Type: 'AWS::KinesisFirehose::DeliveryStream', Properties: properties }, { nodes: [node.id] });
  ctx.output(node.id, 'DeliveryStreamName', `Delivery stream of node ${node.id}`, ref(id));
}

/** The processor settings the edge sets, as Firehose's processor parameters (text values); AWS's defaults are left out. */
function processorParameters(config: EdgeConfig): CfnObject[] {
  const out: CfnObject[] = [];
  if (config.processorBufferSizeMb !== undefined) out.push({ ParameterName: 'BufferSizeInMBs', ParameterValue: String(config.processorBufferSizeMb) });
  if (config.processorBufferIntervalSeconds !== undefined) out.push({ ParameterName: 'BufferIntervalInSeconds', ParameterValue: String(config.processorBufferIntervalSeconds) });
  if (config.processorRetries !== undefined) out.push({ ParameterName: 'NumberOfRetries', ParameterValue: String(config.processorRetries) });
  return out;
}

/** Data Pipeline is closed to new customers; exported as a definition that is not activated. */
export function emitDataPipeline(ctx: ExportContext, node: NodeOfKind<'data-pipeline'>): void {
  const c = node.config;
  const period = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(c.schedule);
  const field = (Key: string, StringValue: string) => ({ Key, StringValue });
  ctx.add(
    ctx.primary(node.id),
    {
      Type: 'AWS::DataPipeline::Pipeline',
      Properties: {
        Name: truncate(node.name, 1024),
        Description: `Sluice node ${node.id} (${c.activity})`,
        Activate: false,
        PipelineObjects: [
          {
            Id: 'Default',
            Name: 'Default',
            Fields: [field('type', 'Default'), field('scheduleType', 'cron'), field('failureAndRerunMode', 'CASCADE'), field('role', 'DataPipelineDefaultRole'), field('resourceRole', 'DataPipelineDefaultResourceRole'), { Key: 'schedule', RefValue: 'Schedule' }],
          },
          {
            Id: 'Schedule',
            Name: 'Schedule',
            Fields: [field('type', 'Schedule'), field('period', period ? `${period[1]} ${period[2].replace(/s$/, '')}s` : '1 days'), field('startAt', 'FIRST_ACTIVATION_DATE_TIME')],
          },
        ],
      },
    },
    { nodes: [node.id] },
  );
}
