import type { ExportContext } from '../context';
import { getAtt, ref, sub } from '../intrinsics';
import type { CfnObject, CfnValue } from '../types';
import { GLUE_EVENT_BATCHING } from './glue-event';

/**
 * Glue cannot be an EventBridge rule's target by itself, but a Glue workflow can: the rule
 * notifies the workflow (glue:notifyEvent, through a role EventBridge assumes) and the
 * workflow's EVENT trigger starts the jobs and crawlers on every notification. This keeps an
 * EventBridge expression exactly as written (rate(7 minutes) stays every 7 minutes), where a
 * Glue SCHEDULED trigger takes cron() only.
 * https://docs.aws.amazon.com/glue/latest/dg/starting-workflow-eventbridge.html
 *
 * Adds the workflow, its trigger and the role; returns the rule target to add.
 */
export function glueWorkflowTarget(ctx: ExportContext, ownerId: string, workflowId: string, actions: CfnObject[], grant: (roleOwner: string, workflowArn: CfnValue) => void, owners: string[]): CfnObject {
  const workflow = ctx.add(workflowId, { Type: 'AWS::Glue::Workflow', Properties: { Description: `Started by the EventBridge rule of ${ownerId}` } }, { nodes: owners });
  ctx.add(
    ctx.idFor(ownerId, 'GlueTrigger'),
    { Type: 'AWS::Glue::Trigger', Properties: { Type: 'EVENT', WorkflowName: ref(workflow), EventBatchingCondition: { ...GLUE_EVENT_BATCHING }, Actions: actions } },
    { nodes: owners },
  );
  const workflowArn = sub(`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:workflow/\${${workflow}}`);
  const roleOwner = `${ownerId}#events`;
  const role = ctx.idFor(ownerId, 'EventRole');
  grant(roleOwner, workflowArn);
  ctx.roles.push({ nodeId: roleOwner, logicalId: role, service: 'events.amazonaws.com' });
  return { Arn: workflowArn, Id: 'GlueWorkflow', RoleArn: getAtt(role, 'Arn') };
}
