import type { CfnTemplate, CfnValue } from '../../cloudformation/types';

export type Statement = { Effect: string; Action: string | string[]; Resource: CfnValue | CfnValue[]; Principal?: unknown };
export const list = <T,>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The inline policy statements of every role, by role logical id. */
export function roleStatements(template: CfnTemplate): Record<string, Statement[]> {
  const out: Record<string, Statement[]> = {};
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Type !== 'AWS::IAM::Role') continue;
    const policies = list(r.Properties?.Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined);
    out[id] = policies.flatMap((p) => p.PolicyDocument.Statement);
  }
  return out;
}

/** Statements of resource policies (queue, topic, bucket) and key policies. */
export function resourcePolicyStatements(template: CfnTemplate): { id: string; type: string; statements: Statement[] }[] {
  const out: { id: string; type: string; statements: Statement[] }[] = [];
  for (const [id, r] of Object.entries(template.Resources)) {
    const doc = r.Type === 'AWS::KMS::Key' ? r.Properties?.KeyPolicy : ['AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy', 'AWS::S3::BucketPolicy'].includes(r.Type) ? r.Properties?.PolicyDocument : undefined;
    if (doc) out.push({ id, type: r.Type, statements: (doc as { Statement: Statement[] }).Statement });
  }
  return out;
}
