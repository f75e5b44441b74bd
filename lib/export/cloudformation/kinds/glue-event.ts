import { GLUE_DESCRIPTION_MAX_CHARS, GLUE_EVENT_BATCH_WINDOW_MAX_SECONDS, type NodeOfKind } from '../../../model';
import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import { bucketName } from '../references';
import { truncate } from '../text';
import type { CfnValue } from '../types';

/**
 * AWS defaults for an EVENT trigger's batching: start on the first event (BatchSize 1, of 1..100),
 * or after BatchWindow seconds (900, the maximum of 1..900) when fewer arrived.
 * https://docs.aws.amazon.com/glue/latest/dg/starting-workflow-eventbridge.html
 */
export const GLUE_EVENT_BATCHING = { BatchSize: 1, BatchWindow: GLUE_EVENT_BATCH_WINDOW_MAX_SECONDS } as const;

/** Whether a bucket must send its events to EventBridge: a job it feeds starts on them. */
export function feedsEventTriggeredJob(ctx: ExportContext, bucketId: string): boolean {
  return ctx.outgoing(bucketId, 'reads').some((e) => {
    const target = ctx.node(e.target);
    return target.kind === 'glue-job' && target.config.trigger.type === 'event';
  });
}

/**
 * A job with `trigger.type: event`. EVENT triggers live only in a Glue workflow, which an
 * EventBridge rule starts (glue:notifyEvent). The rule matches "Object Created" in the S3
 * buckets the job reads (they turn EventBridge notifications on); a job that reads no bucket
 * gets the workflow and trigger only, for a rule of the user's own to target.
 */
export function emitEventTrigger(ctx: ExportContext, node: NodeOfKind<'glue-job'>, jobId: string): void {
  const workflow = ctx.add(ctx.idFor(node.id, 'Workflow'), { Type: 'AWS::Glue::Workflow', Properties: { Description: truncate(`Starts ${node.name} on events`, GLUE_DESCRIPTION_MAX_CHARS) } }, { nodes: [node.id] });
  ctx.add(
    ctx.idFor(node.id, 'EventTrigger'),
    { Type: 'AWS::Glue::Trigger', Properties: { Type: 'EVENT', WorkflowName: ref(workflow), EventBatchingCondition: { ...GLUE_EVENT_BATCHING }, Actions: [{ JobName: ref(jobId) }] } },
    { nodes: [node.id] },
  );
  const buckets = ctx.incoming(node.id, 'reads').map((e) => ctx.node(e.source)).filter((s) => s.kind === 's3-bucket');
  if (!buckets.length) return;
  const workflowArn: CfnValue = sub(`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:workflow/\${${workflow}}`);
  const roleOwner = `${node.id}#events`;
  const role = ctx.idFor(node.id, 'EventRole');
  ctx.policies.allow(roleOwner, ['glue:notifyEvent'], [workflowArn]);
  ctx.roles.push({ nodeId: roleOwner, logicalId: role, service: 'events.amazonaws.com' });
  ctx.add(
    ctx.idFor(node.id, 'EventRule'),
    {
      Type: 'AWS::Events::Rule',
      Properties: {
        Description: `Objects created in ${buckets.map((b) => b.id).join(', ')} start Glue job ${node.id}`,
        EventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: buckets.map((b) => bucketName(b.id)) } } },
        State: 'ENABLED',
        Targets: [{ Arn: workflowArn, Id: 'GlueWorkflow', RoleArn: getAtt(role, 'Arn') }],
      },
    },
    { nodes: [node.id, ...buckets.map((b) => b.id)] },
  );
}
