import type { CfnTemplate } from '../cloudformation/types';

/**
 * The stack body of a CDK app for an imported design (a document with a `kept` part): the
 * CloudFormation export's template, resource for resource, as raw L1 constructs
 * (`cdk.CfnResource` with the properties as written), its parameters, outputs and transforms
 * as CDK's own constructs, and the sections CDK has no construct for as written (transforms,
 * conditions, mappings, rules, Fn::ForEach loops, conditional outputs) through `KeptSection`, an element
 * merged into the synthesized template unchanged. So `cdk synth` gives back what the
 * CloudFormation export does: the kept resources and values, their logical ids and references
 * (only an empty `Properties: {}` is left out, as CDK renders none; it means the same).
 * The L2 constructs of a design drawn in Sluice could not carry the template's own resources
 * under their logical ids, so an imported design is written this way.
 */

type Obj = Record<string, unknown>;

/** CDK's marker for an encoded token: text holding it would be looked up as one (see ts-value.ts `lit`). */
const CDK_TOKEN_MARKER = '${Token[';

/** A string as written: only CDK's token marker is spaced; dynamic references stay, as in the template. */
export const rawText = (text: string): string => JSON.stringify(text.split(CDK_TOKEN_MARKER).join('${ Token['));

const key = (k: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : rawText(k));

/** A template value as a TypeScript literal, exactly as written (intrinsics stay objects). */
export function rawValue(value: unknown, indent = ''): string {
  if (typeof value === 'string') return rawText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => `${inner}${rawValue(v, inner)},`).join('\n')}\n${indent}]` : '[]';
  const keys = Object.keys(value as Obj);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${inner}${key(k)}: ${rawValue((value as Obj)[k], inner)},`).join('\n')}\n${indent}}`;
}

/** Resource attributes written through an override, exactly as the template has them. */
const ATTRIBUTES = ['DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', 'Metadata'];

/** Template parameter keys and the CfnParameter props that carry them. */
const PARAMETER_PROPS: Record<string, string> = {
  Type: 'type',
  Default: 'default',
  AllowedValues: 'allowedValues',
  AllowedPattern: 'allowedPattern',
  ConstraintDescription: 'constraintDescription',
  Description: 'description',
  MaxLength: 'maxLength',
  MaxValue: 'maxValue',
  MinLength: 'minLength',
  MinValue: 'minValue',
  NoEcho: 'noEcho',
};

/** lib/kept-section.ts of the generated app. */
export const KEPT_SECTION_HELPER = `import { CfnElement } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/**
 * Sections of the imported template that CDK has no construct for as written (transforms,
 * conditions, mappings, rules, Fn::ForEach loops, conditional outputs): merged into the synthesized
 * template unchanged, as the CloudFormation export writes them.
 */
export class KeptSection extends CfnElement {
  private readonly fragment: object;

  constructor(scope: Construct, id: string, fragment: object) {
    super(scope, id);
    this.fragment = fragment;
  }

  /** @internal */
  public _toCloudFormation(): object {
    return this.fragment;
  }
}
`;

export function importedStackBody(template: CfnTemplate): string[] {
  const t = template as unknown as Obj;
  const out: string[] = [];
  const raw: Obj = {};
  // As written (a list stays a list; a transform with parameters, AWS::Include, has no CDK method).
  if (t.Transform !== undefined) raw.Transform = t.Transform;
  if (t.Metadata !== undefined) out.push(`    this.templateOptions.metadata = ${rawValue(t.Metadata, '    ')};`);
  const taken = new Set<string>();
  for (const [id, p] of Object.entries((t.Parameters ?? {}) as Record<string, Obj>)) {
    const props: Obj = {};
    for (const [k, v] of Object.entries(p)) if (PARAMETER_PROPS[k]) props[PARAMETER_PROPS[k]] = v;
    out.push(`    new cdk.CfnParameter(this, ${rawText(id)}, ${rawValue(props, '    ')});`);
    taken.add(id);
  }
  for (const section of ['Conditions', 'Mappings', 'Rules']) if (t[section] !== undefined) raw[section] = t[section];
  const loops: Obj = {};
  for (const [id, r] of Object.entries(template.Resources as Record<string, unknown>)) {
    if (id.startsWith('Fn::ForEach::')) {
      loops[id] = r;
      continue;
    }
    const resource = r as Obj;
    const v = `r${id}`;
    const props = resource.Properties === undefined ? '' : `, properties: ${rawValue(resource.Properties, '    ')}`;
    const overrides = ATTRIBUTES.filter((a) => resource[a] !== undefined);
    out.push(`    ${overrides.length ? `const ${v} = ` : ''}new cdk.CfnResource(this, ${rawText(id)}, { type: ${rawText(String(resource.Type))}${props} });`);
    for (const a of overrides) out.push(`    ${v}.addOverride(${rawText(a)}, ${rawValue(resource[a], '    ')});`);
    taken.add(id);
  }
  if (Object.keys(loops).length) raw.Resources = loops;
  const conditional: Obj = {};
  for (const [id, o] of Object.entries((t.Outputs ?? {}) as Record<string, Obj>)) {
    if (o.Condition !== undefined) {
      conditional[id] = o;
      continue;
    }
    const props = [`value: cdk.Token.asString(${rawValue(o.Value, '    ')})`];
    if (o.Description !== undefined) props.push(`description: ${rawText(String(o.Description))}`);
    const exportName = (o.Export as Obj | undefined)?.Name;
    if (exportName !== undefined) props.push(`exportName: cdk.Token.asString(${rawValue(exportName, '    ')})`);
    // Outputs and resources may share a logical id in a template, not construct ids in a stack.
    const constructId = taken.has(id) ? `${id}Output` : id;
    out.push(`    new cdk.CfnOutput(this, ${rawText(constructId)}, { ${props.join(', ')} })${constructId !== id ? `.overrideLogicalId(${rawText(id)})` : ''};`);
  }
  if (Object.keys(conditional).length) raw.Outputs = conditional;
  let sectionId = 'KeptSections';
  while (taken.has(sectionId)) sectionId += 'X';
  if (Object.keys(raw).length) out.push(`    new KeptSection(this, ${rawText(sectionId)}, ${rawValue(raw, '    ')});`);
  return out;
}
