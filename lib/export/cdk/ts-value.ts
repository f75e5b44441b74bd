import { neutraliseDynamicReferences } from '../cloudformation/text';
import type { CfnValue } from '../cloudformation/types';

/** JSON-typed properties and maps: their keys are data, not CDK property names. */
const KEEP_KEYS = new Set(['PolicyDocument', 'KeyPolicy', 'AssumeRolePolicyDocument', 'DefaultArguments', 'ConfigurationProperties', 'RequestParameters', 'RequestTemplates', 'Variables', 'ConnectionProperties']);

const PSEUDO: Record<string, string> = {
  'AWS::AccountId': 'cdk.Aws.ACCOUNT_ID',
  'AWS::Region': 'cdk.Aws.REGION',
  'AWS::Partition': 'cdk.Aws.PARTITION',
  'AWS::StackName': 'cdk.Aws.STACK_NAME',
  'AWS::URLSuffix': 'cdk.Aws.URL_SUFFIX',
};

/** CloudFormation property name -> the CDK L1 prop name (the same camel-casing the CDK generator uses). */
export function cdkPropName(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(' ');
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
}

/** CDK's marker for an encoded token inside a string: text holding it would be looked up as one. */
const CDK_TOKEN_MARKER = '${Token[';

/**
 * A string literal: JSON's escaping is valid TypeScript, so any text stays inside its quotes.
 * Text holding CDK's token syntax (`${Token[X.1]}`) makes the synth fail ("Unrecognized token
 * key"), and CDK has no escape for it: it resolves the template in several passes and looks
 * every such string up again. So in the CDK app the marker gets a space, `${ Token[`, which
 * reads the same and is no token; the CloudFormation export keeps the text exactly. Nor does
 * any text become a CloudFormation dynamic reference (see neutraliseDynamicReferences).
 */
export const lit = (text: string): string => JSON.stringify(neutraliseDynamicReferences(text).split(CDK_TOKEN_MARKER).join('${ Token['));

function key(k: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : lit(k);
}

/**
 * A template value as a TypeScript expression. Intrinsics become CDK tokens that name the
 * same logical ids (the stack gives its constructs the exporter's ids), so the app and the
 * template refer to the same things.
 */
export function tsValue(value: CfnValue, camel: boolean, indent = ''): string {
  if (typeof value === 'string') return lit(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsValue(v, camel, inner)},`).join('\n')}\n${indent}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'Ref') {
    const target = String(value.Ref);
    return PSEUDO[target] ?? `cdk.Fn.ref(${lit(target)})`;
  }
  if (keys.length === 1 && keys[0] === 'Fn::GetAtt') {
    const [id, attribute] = value['Fn::GetAtt'] as string[];
    return `cdk.Fn.getAtt(${lit(id)}, ${lit(attribute)}).toString()`;
  }
  if (keys.length === 1 && keys[0] === 'Fn::Sub') return `cdk.Fn.sub(${lit(String(value['Fn::Sub']))})`;
  if (keys.length === 1 && keys[0] === 'Fn::Select') {
    const [index, list] = value['Fn::Select'] as [number, CfnValue];
    return `cdk.Fn.select(${index}, cdk.Token.asList(${tsValue(list, false, indent)}))`;
  }
  if (keys.length === 1 && keys[0] === 'Fn::Join') {
    const [separator, list] = value['Fn::Join'] as [string, CfnValue[]];
    return `cdk.Fn.join(${lit(separator)}, [${list.map((v) => tsValue(v, false, indent)).join(', ')}])`;
  }
  if (keys.length === 0) return '{}';
  return `{\n${keys
    .map((k) => {
      const name = camel ? cdkPropName(k) : k;
      return `${inner}${key(name)}: ${tsValue(value[k], camel && !KEEP_KEYS.has(k), inner)},`;
    })
    .join('\n')}\n${indent}}`;
}

/** The CDK module and L1 class for a resource type: AWS::Glue::Job -> ['aws-glue', 'CfnJob']. */
export function l1Class(type: string): { module: string; alias: string; className: string } {
  const [, service, resource] = type.split('::');
  const module = `aws-${service.toLowerCase()}`;
  return { module, alias: service.toLowerCase(), className: `Cfn${resource}` };
}
