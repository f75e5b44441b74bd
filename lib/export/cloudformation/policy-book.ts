import type { CfnValue } from './types';

export interface Statement {
  actions: string[];
  resources: CfnValue[];
  /** Only for the few actions AWS does not scope to a resource. */
  condition?: Record<string, Record<string, string>>;
}

/**
 * The IAM statements each role-owning node needs, collected from every edge that touches
 * it and turned into one inline policy at the end. Same actions on the same resources are
 * merged, so a role reads as a short list.
 */
export class PolicyBook {
  private readonly byNode = new Map<string, Statement[]>();

  allow(nodeId: string, actions: string[], resources: CfnValue[]): void {
    const list = this.byNode.get(nodeId) ?? [];
    list.push({ actions: [...actions], resources });
    this.byNode.set(nodeId, list);
  }

  statements(nodeId: string): Statement[] {
    const merged: Statement[] = [];
    for (const s of this.byNode.get(nodeId) ?? []) {
      const key = JSON.stringify(s.actions);
      const same = merged.find((m) => JSON.stringify(m.actions) === key);
      if (same) {
        for (const r of s.resources) if (!same.resources.some((x) => JSON.stringify(x) === JSON.stringify(r))) same.resources.push(r);
      } else merged.push({ actions: [...s.actions], resources: [...s.resources] });
    }
    return merged;
  }

  has(nodeId: string): boolean {
    return (this.byNode.get(nodeId) ?? []).length > 0;
  }
}

export function policyDocument(statements: Statement[]): CfnValue {
  return {
    Version: '2012-10-17',
    Statement: statements.map((s) => ({
      Effect: 'Allow',
      Action: s.actions.length === 1 ? s.actions[0] : s.actions,
      Resource: s.resources.length === 1 ? s.resources[0] : s.resources,
      ...(s.condition ? { Condition: s.condition } : {}),
    })),
  };
}

export function assumeRolePolicy(service: string): CfnValue {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
}
