import { describe, expect, it } from 'vitest';
import { flowNeeds, type ResourceRef } from '../../model';
import { exportCloudFormation } from '../index';
import type { CfnTemplate } from '../cloudformation/types';
import { connectionPipelines } from './connection-pipelines';
import { matchesType } from './iam/iam-reference';
import { sampleArn } from './iam/sample-arn';
import { list, resourcePolicyStatements, roleStatements } from './iam/template-policies';

/** The IAM resource type a table reference stands for (service and type as the Service Authorization Reference names them). */
function resourceType(on: ResourceRef): [string, string] {
  if (on === '*') return ['*', '*'];
  const [service, rest] = on.split(':');
  const type = rest.split('@')[0];
  return [service, service === 'glue' && type === 'catalog' ? 'database' : type];
}

/**
 * lib/model/flow-needs.ts says what each connection needs; this exports one pipeline per
 * connection (from -> to) and finds each of those needs in the template: every action on a
 * resource of the documented type in the holder's role, every resource policy statement,
 * every key policy grant.
 */
describe('every connection exports what the flow table says it needs', () => {
  for (const c of connectionPipelines()) {
    it(`${c.name}`, async () => {
      const row = flowNeeds(c.meaning, c.source, c.target);
      expect(row, `no row in FLOW_NEEDS for ${c.name}`).toBeDefined();
      const exported = exportCloudFormation(c.pipeline, { format: 'json', alarms: false });
      const template = exported.template as CfnTemplate;
      const roles = roleStatements(template);
      for (const need of row!.iam) {
        const holder = need.holder === 'source' ? 'from' : 'to';
        if (need.when === 'topic-key' && !template.Resources.ToKey) continue;
        if (need.when === 'job-key' && !template.Resources.FromKey) continue;
        const statements = exported.resourcesByNode[holder].filter((id) => roles[id]).flatMap((id) => roles[id]);
        const [service, type] = resourceType(need.on);
        for (const action of need.actions) {
          const resources = statements.filter((s) => list(s.Action).includes(action)).flatMap((s) => list(s.Resource)).map((r) => sampleArn(template, r));
          const matching = [];
          for (const r of resources) if (service === '*' ? r === '*' : await matchesType(service, type, r)) matching.push(r);
          expect(matching, `${holder}'s role: ${action} on a ${need.on} (has ${JSON.stringify(resources)})`).not.toEqual([]);
        }
      }
      const policies = resourcePolicyStatements(template);
      const permissions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Permission').map((r) => r.Properties!);
      for (const grant of row!.resourcePolicy ?? []) {
        for (const action of grant.actions) {
          const inPolicy = policies.some((p) => p.type !== 'AWS::KMS::Key' && p.statements.some((s) => JSON.stringify(s.Principal) === JSON.stringify({ Service: grant.principal }) && list(s.Action).includes(action)));
          const asPermission = permissions.some((p) => p.Principal === grant.principal && p.Action === action);
          expect(inPolicy || asPermission, `${grant.principal} may ${action}`).toBe(true);
        }
      }
      for (const grant of row!.keyPolicy ?? []) {
        const key = policies.find((p) => p.type === 'AWS::KMS::Key' && p.statements.some((s) => JSON.stringify(s.Principal) === JSON.stringify({ Service: grant.principal })));
        expect(key, `a key ${grant.principal} may use`).toBeDefined();
        const statement = key!.statements.find((s) => JSON.stringify(s.Principal) === JSON.stringify({ Service: grant.principal }))!;
        expect(list(statement.Action)).toEqual(expect.arrayContaining([...grant.actions]));
      }
    });
  }
});
