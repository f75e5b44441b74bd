import type { PipelineNode } from '../../model';
import type { ExportContext } from './context';
import { arnSub, getAtt, PARTITION, ref, sub } from './intrinsics';
import { shortHash } from './logical-ids';
import type { CfnValue } from './types';

/**
 * Bucket names are deterministic (`${NamePrefix}-<node>-${AWS::AccountId}-${AWS::Region}`)
 * so that a bucket's ARN is known without referring to the bucket. That is AWS's documented
 * way out of the bucket -> notification -> permission -> function cycle, and it lets a role
 * name a bucket without depending on it. Ids that are not already valid bucket text get a
 * hash of the exact id so that "Raw_Data" and "raw-data" stay apart.
 */
export function bucketNamePart(nodeId: string): string {
  const plain = /^[a-z0-9-]{1,20}$/.test(nodeId);
  if (plain) return nodeId;
  const cleaned = nodeId.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 14).replace(/^-+|-+$/g, '');
  return `${cleaned || 'b'}-${shortHash(nodeId)}`;
}

/** The default for the NamePrefix parameter: the pipeline name as bucket-name text. */
export function defaultNamePrefix(pipelineName: string): string {
  const cleaned = pipelineName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').slice(0, 12).replace(/-+$/, '');
  return cleaned && !cleaned.startsWith('xn--') && !cleaned.startsWith('sthree') ? cleaned : 'sluice';
}

export function bucketNameSub(nodeId: string): string {
  return `\${NamePrefix}-${bucketNamePart(nodeId)}-\${AWS::AccountId}-\${AWS::Region}`;
}

export function bucketName(nodeId: string): CfnValue {
  return sub(bucketNameSub(nodeId));
}

export function bucketArn(nodeId: string, path = ''): CfnValue {
  return sub(`arn:${PARTITION}:s3:::${bucketNameSub(nodeId)}${path}`);
}

/** The ARN of a node's main resource, for policies and notifications. */
export function arnOf(ctx: ExportContext, node: PipelineNode): CfnValue {
  const id = ctx.primary(node.id);
  switch (node.kind) {
    case 's3-bucket':
      return bucketArn(node.id);
    case 'sns-topic':
      return ref(id);
    case 'redshift-cluster':
      return arnSub('redshift', `cluster:\${${id}}`);
    case 'glue-job':
      return arnSub('glue', `job/\${${id}}`);
    case 'glue-crawler':
      return arnSub('glue', `crawler/\${${id}}`);
    case 'glue-database':
      return arnSub('glue', `database/\${${id}}`);
    case 'rds-database':
      return getAtt(id, node.config.engine.startsWith('aurora') ? 'DBClusterArn' : 'DBInstanceArn');
    case 'athena-workgroup':
      return arnSub('athena', `workgroup/\${${id}}`);
    case 'data-pipeline':
      return arnSub('datapipeline', `pipeline/\${${id}}`);
    case 'api-gateway':
      return arnSub('execute-api', `\${${id}}/*`);
    case 'emr-cluster':
      return node.config.deployment === 'serverless' ? getAtt(id, 'Arn') : arnSub('elasticmapreduce', `cluster/\${${id}}`);
    default:
      return getAtt(id, 'Arn');
  }
}

/** The name (or URL, for a queue) a function or job is told in its environment. */
export function addressOf(ctx: ExportContext, node: PipelineNode): CfnValue {
  const id = ctx.primary(node.id);
  switch (node.kind) {
    case 's3-bucket':
      return bucketName(node.id);
    case 'sns-topic':
    case 'sqs-queue':
      return ref(id);
    case 'opensearch-domain':
      return getAtt(id, 'DomainEndpoint');
    case 'redshift-cluster':
      return getAtt(id, 'Endpoint.Address');
    case 'rds-database':
      return getAtt(id, node.config.engine.startsWith('aurora') ? 'Endpoint.Address' : 'Endpoint.Address');
    default:
      return ref(id);
  }
}
