import type { ExportContext } from './context';
import { assumeRolePolicy, policyDocument } from './policy-book';
import { sub } from './intrinsics';
import type { CfnObject } from './types';

/** One role per function, crawler, job and service that acts on other resources, with an inline least-privilege policy. */
export function emitRoles(ctx: ExportContext): void {
  for (const request of ctx.roles) {
    const statements = ctx.policies.statements(request.nodeId);
    const properties: CfnObject = { AssumeRolePolicyDocument: assumeRolePolicy(request.service) };
    if (statements.length) properties.Policies = [{ PolicyName: 'least-privilege', PolicyDocument: policyDocument(statements) }];
    if (request.managedPolicyArns?.length) properties.ManagedPolicyArns = request.managedPolicyArns.map((arn) => sub(arn));
    ctx.add(request.logicalId, { Type: 'AWS::IAM::Role', Properties: properties }, { nodes: [request.nodeId.split('#')[0]] });
  }
}
