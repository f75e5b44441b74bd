import { parseDocument, visit, type Tags, type ScalarTag, type CollectionTag } from 'yaml';
import { LOGICAL_ID_PATTERN, MAX_TEMPLATE_TEXT_BYTES, type Problem, tooLongMessage, withoutByteOrderMark } from '../model';
import { expandForEach } from './foreach';

const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Length', 'ToJsonString'];

/** The short forms (`!Ref X`, `!GetAtt A.B`, `!Sub ...`) as the long-form objects CloudFormation reads. */
function cloudFormationTags(): Tags {
  const tags: (ScalarTag | CollectionTag)[] = [
    { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
    { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
    { tag: '!GetAtt', resolve: (value: string) => ({ 'Fn::GetAtt': splitGetAtt(value) }) },
    { tag: '!GetAtt', collection: 'seq', resolve: (value) => ({ 'Fn::GetAtt': value.toJSON() }) } as CollectionTag,
  ];
  for (const name of FUNCTIONS) {
    const key = name === 'Condition' ? name : `Fn::${name}`;
    tags.push({ tag: `!${name}`, resolve: (value: string) => ({ [key]: value }) });
    tags.push({ tag: `!${name}`, collection: 'seq', resolve: (value) => ({ [key]: value.toJSON() }) } as CollectionTag);
    tags.push({ tag: `!${name}`, collection: 'map', resolve: (value) => ({ [key]: value.toJSON() }) } as CollectionTag);
  }
  return tags;
}

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

export type ParsedTemplate =
  | { ok: true; template: Record<string, unknown>; keptLoops: Record<string, unknown>; warnings: string[] }
  | { ok: false; problems: Problem[] };

const problem = (message: string, path = ''): Problem => ({ path, pathSegments: path ? path.split('.') : [], message });

/** How many alias expansions a template may make (the yaml library's guard against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/** JSON or YAML (JSON is YAML), short-form tags included. */
export function parseTemplateText(input: string): ParsedTemplate {
  const text = withoutByteOrderMark(input);
  const tooLong = tooLongMessage('the template', text.length, MAX_TEMPLATE_TEXT_BYTES);
  if (tooLong) return { ok: false, problems: [problem(`${tooLong} (CloudFormation's own limit for a template body)`)] };
  if (text.trim() === '') return { ok: false, problems: [problem('the template is empty: expected a CloudFormation template in JSON or YAML')] };
  const doc = parseDocument(text, { customTags: cloudFormationTags(), prettyErrors: true, uniqueKeys: true, strict: false });
  if (doc.errors.length) {
    return { ok: false, problems: doc.errors.map((e) => problem(`not valid YAML/JSON at line ${e.linePos?.[0].line ?? '?'}, column ${e.linePos?.[0].col ?? '?'}: ${yamlReason(e.message)}`)) };
  }
  // CloudFormation keeps a plain scalar's text: `GlueVersion: 4.0` is "4.0", not the number 4.
  // A number whose text is not how the number prints (4.0, 012, 1e3) is kept as its text;
  // CloudFormation takes text for numeric properties and Sluice reads numbers from text.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof node.source === 'string' && node.source !== String(node.value)) node.value = node.source;
    },
  });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library stops expanding aliases past the count: a "billion laughs" document.
    if (/alias/i.test(error instanceof Error ? error.message : '')) {
      return { ok: false, problems: [problem(`the template's YAML aliases (*name) expand too far (over ${MAX_ALIAS_COUNT} uses): refused, as a few lines of aliases can expand to gigabytes`)] };
    }
    return { ok: false, problems: [problem(`not a template Sluice can read: ${error instanceof Error ? error.message : String(error)}`)] };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problems: [problem('expected a template: an object with a Resources section')] };
  const loops = expandForEach(value as Record<string, unknown>);
  if (loops.problems.length) return { ok: false, problems: loops.problems.map((p) => problem(p.message, p.path)) };
  const template = loops.template;
  const resources = template.Resources;
  if (!resources || typeof resources !== 'object' || Array.isArray(resources)) return { ok: false, problems: [problem('required: an object of resources', 'Resources')] };
  const problems: Problem[] = [];
  for (const [id, r] of Object.entries(resources as Record<string, unknown>)) {
    // CloudFormation refuses such a template: a logical id is letters and digits only.
    if (!LOGICAL_ID_PATTERN.test(id)) problems.push(problem('a logical id is 1 to 255 letters or digits (A-Z, a-z, 0-9), as CloudFormation requires', `Resources.${id}`));
    else if (!r || typeof r !== 'object' || Array.isArray(r)) problems.push(problem('expected a resource object with a Type', `Resources.${id}`));
    else if (typeof (r as { Type?: unknown }).Type !== 'string') problems.push(problem('required: a Type such as AWS::SQS::Queue', `Resources.${id}.Type`));
    else if ((r as { Properties?: unknown }).Properties !== undefined && (typeof (r as { Properties?: unknown }).Properties !== 'object' || Array.isArray((r as { Properties?: unknown }).Properties))) {
      problems.push(problem('expected an object of properties', `Resources.${id}.Properties`));
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, template, keptLoops: loops.keptLoops, warnings: loops.warnings };
}

/** The yaml library's first message line without its own trailing "at line L, column C:" (said already). */
function yamlReason(message: string): string {
  return message.split('\n')[0].replace(/\s*at line \d+, column \d+:?\s*$/, '').replace(/[\s:]+$/, '');
}
