import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';

/**
 * Checks a template property by property against the CloudFormation resource specification
 * (the same schemas the CDK is generated from): known types, known and required properties,
 * value types, and every Ref / Fn::GetAtt / ${...} in Fn::Sub naming a resource, parameter or
 * attribute that exists. Node-only: test code.
 */
type Db = Awaited<ReturnType<typeof loadAwsServiceSpec>>;
type SpecType = { type: string; element?: SpecType; reference?: { $ref: string }; types?: SpecType[] };
type SpecProperty = { type: SpecType; required?: boolean; previousTypes?: SpecType[] };

let dbPromise: Promise<Db> | undefined;
export function specDb(): Promise<Db> {
  dbPromise ??= loadAwsServiceSpec();
  return dbPromise;
}

const PSEUDO = new Set(['AWS::AccountId', 'AWS::Region', 'AWS::Partition', 'AWS::StackName', 'AWS::StackId', 'AWS::URLSuffix', 'AWS::NoValue', 'AWS::NotificationARNs']);
const INTRINSICS = ['Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::If', 'Fn::Select', 'Fn::Split', 'Fn::Base64', 'Fn::ImportValue', 'Fn::GetAZs'];

interface Template {
  Parameters?: Record<string, unknown>;
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] }>;
  Outputs?: Record<string, { Value: unknown }>;
}

export async function specCheck(template: Template): Promise<string[]> {
  const db = await specDb();
  const problems: string[] = [];
  const resources = template.Resources;
  const params = new Set(Object.keys(template.Parameters ?? {}));
  const specs = new Map<string, { properties: Record<string, SpecProperty>; attributes: Record<string, unknown> }>();
  for (const [id, r] of Object.entries(resources)) {
    const found = db.lookup('resource', 'cloudFormationType', 'equals', r.Type);
    if (found.length !== 1) {
      problems.push(`Resources.${id}: unknown type ${r.Type}`);
      continue;
    }
    const spec = found.only() as unknown as { properties: Record<string, SpecProperty>; attributes: Record<string, unknown> };
    specs.set(id, spec);
  }

  const checkRef = (path: string, target: string) => {
    if (!resources[target] && !params.has(target) && !PSEUDO.has(target)) problems.push(`${path}: Ref to unknown "${target}"`);
  };
  const checkAtt = (path: string, target: string, attribute: string) => {
    if (!resources[target]) return problems.push(`${path}: GetAtt of unknown resource "${target}"`);
    const spec = specs.get(target);
    if (spec && !(attribute in spec.attributes)) problems.push(`${path}: ${resources[target].Type} has no attribute "${attribute}"`);
  };
  const checkSub = (path: string, text: string) => {
    for (const m of text.matchAll(/\$\{([^}!]+)\}/g)) {
      const [target, ...rest] = m[1].split('.');
      if (rest.length) checkAtt(path, target, rest.join('.'));
      else checkRef(path, target);
    }
  };
  /** Returns true when `value` is an intrinsic (checked here, type unknown). */
  const intrinsic = (path: string, value: unknown): boolean => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    const keys = Object.keys(value);
    if (keys.length !== 1 || !INTRINSICS.includes(keys[0])) return false;
    const v = (value as Record<string, unknown>)[keys[0]];
    if (keys[0] === 'Ref') checkRef(path, String(v));
    else if (keys[0] === 'Fn::GetAtt') {
      const [t, a] = Array.isArray(v) ? (v as string[]) : String(v).split(/\.(.*)/);
      checkAtt(path, t, a);
    } else if (keys[0] === 'Fn::Sub') {
      if (typeof v === 'string') checkSub(path, v);
      else problems.push(`${path}: Fn::Sub with variables is not used by the exporter`);
    } else walkAny(path, v);
    return true;
  };
  const walkAny = (path: string, value: unknown): void => {
    if (intrinsic(path, value)) return;
    if (Array.isArray(value)) value.forEach((v, i) => walkAny(`${path}[${i}]`, v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkAny(`${path}.${k}`, v);
  };

  const checkValue = (path: string, value: unknown, type: SpecType): void => {
    if (intrinsic(path, value)) return;
    switch (type.type) {
      case 'string':
        if (typeof value !== 'string') problems.push(`${path}: expected a string, got ${JSON.stringify(value)}`);
        return;
      case 'integer':
        if (!Number.isInteger(value)) problems.push(`${path}: expected an integer, got ${JSON.stringify(value)}`);
        return;
      case 'number':
        if (typeof value !== 'number') problems.push(`${path}: expected a number, got ${JSON.stringify(value)}`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') problems.push(`${path}: expected a boolean, got ${JSON.stringify(value)}`);
        return;
      case 'json':
        walkAny(path, value);
        return;
      case 'array':
        if (!Array.isArray(value)) return void problems.push(`${path}: expected a list`);
        value.forEach((v, i) => checkValue(`${path}[${i}]`, v, type.element!));
        return;
      case 'map':
        if (!value || typeof value !== 'object' || Array.isArray(value)) return void problems.push(`${path}: expected a map`);
        for (const [k, v] of Object.entries(value)) checkValue(`${path}.${k}`, v, type.element!);
        return;
      case 'union':
        for (const t of type.types ?? []) {
          const before = problems.length;
          checkValue(path, value, t);
          if (problems.length === before) return;
          problems.length = before;
        }
        problems.push(`${path}: matches none of the allowed types`);
        return;
      case 'tag':
        return;
      case 'ref': {
        if (!value || typeof value !== 'object' || Array.isArray(value)) return void problems.push(`${path}: expected an object`);
        const def = db.get('typeDefinition', type.reference!.$ref) as unknown as { properties: Record<string, SpecProperty> };
        checkProperties(path, value as Record<string, unknown>, def.properties);
        return;
      }
      default:
        return;
    }
  };
  const checkProperties = (path: string, value: Record<string, unknown>, properties: Record<string, SpecProperty>) => {
    for (const [name, p] of Object.entries(properties)) if (p.required && !(name in value)) problems.push(`${path}: missing required property ${name}`);
    for (const [name, v] of Object.entries(value)) {
      const p = properties[name];
      if (!p) problems.push(`${path}.${name}: unknown property`);
      else checkValue(`${path}.${name}`, v, p.type);
    }
  };

  for (const [id, r] of Object.entries(resources)) {
    const spec = specs.get(id);
    if (!spec) continue;
    checkProperties(`Resources.${id}.Properties`, r.Properties ?? {}, spec.properties);
    for (const d of r.DependsOn ?? []) if (!resources[d]) problems.push(`Resources.${id}.DependsOn: unknown "${d}"`);
  }
  for (const [id, o] of Object.entries(template.Outputs ?? {})) walkAny(`Outputs.${id}.Value`, o.Value);
  return problems;
}
