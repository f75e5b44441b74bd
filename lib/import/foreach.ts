import { isObj, type Obj } from './values';

/**
 * `Fn::ForEach` of the AWS::LanguageExtensions transform, expanded as the transform does:
 * `{"Fn::ForEach::Name": [Identifier, Collection, {OutputKey: OutputValue}]}` becomes one
 * OutputKey per item, with `${Identifier}` and `&{Identifier}` (the item without its
 * non-alphanumeric characters) replaced in the key, and `Ref: Identifier` and `${Identifier}`
 * in Fn::Sub replaced in the value. Loops nest.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-foreach.html
 *
 * A collection the template does not spell out (a parameter with no default) cannot be
 * expanded here: the loop is kept as written, exported as written, and named in a warning.
 */
export interface ForEachResult {
  template: Obj;
  /** Resource loops kept as written: key -> the loop. */
  keptLoops: Obj;
  warnings: string[];
  problems: { path: string; message: string }[];
}

const LOOP = /^Fn::ForEach::[A-Za-z0-9]+$/;

export function expandForEach(template: Obj): ForEachResult {
  const warnings: string[] = [];
  const problems: { path: string; message: string }[] = [];
  const keptLoops: Obj = {};
  const parameters = isObj(template.Parameters) ? template.Parameters : {};
  const mappings = isObj(template.Mappings) ? template.Mappings : {};

  const collection = (value: unknown): string[] | undefined => {
    if (Array.isArray(value)) return value.every((v) => typeof v === 'string' || typeof v === 'number') ? value.map(String) : undefined;
    if (isObj(value) && typeof value.Ref === 'string') {
      const p = parameters[value.Ref];
      if (!isObj(p) || p.Default === undefined) return undefined;
      return Array.isArray(p.Default) ? p.Default.map(String) : String(p.Default).split(',').map((s) => s.trim()).filter(Boolean);
    }
    if (isObj(value) && Array.isArray(value['Fn::FindInMap'])) {
      const [m, k1, k2] = value['Fn::FindInMap'] as unknown[];
      if (typeof m !== 'string' || typeof k1 !== 'string' || typeof k2 !== 'string') return undefined;
      const found = isObj(mappings[m]) && isObj(mappings[m][k1]) ? mappings[m][k1][k2] : undefined;
      return collection(found);
    }
    return undefined;
  };

  /** An object's entries with its loops expanded (recursively: a loop's body may hold loops). */
  const expandObject = (obj: Obj, path: string, keepUnresolved: boolean): Obj => {
    const out: Obj = {};
    for (const [key, value] of Object.entries(obj)) {
      if (!LOOP.test(key)) {
        out[key] = value;
        continue;
      }
      const at = `${path}.${key}`;
      if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || !isObj(value[2])) {
        problems.push({ path: at, message: 'Fn::ForEach (AWS::LanguageExtensions) takes [Identifier, Collection, {OutputKey: OutputValue}]' });
        continue;
      }
      const [identifier, list, body] = value as [string, unknown, Obj];
      const items = collection(list);
      if (!items) {
        if (keepUnresolved) {
          keptLoops[key] = value;
          warnings.push(`${at}: Fn::ForEach (AWS::LanguageExtensions) over a collection only known at deploy time (${describe(list)}): kept as written and exported unchanged, not drawn`);
        } else {
          problems.push({ path: at, message: `Fn::ForEach (AWS::LanguageExtensions) over ${describe(list)} cannot be expanded: Sluice expands loops over a list written in the template, a parameter's default or a mapping` });
        }
        continue;
      }
      for (const item of items) {
        const expanded = substitute(body, identifier, item) as Obj;
        for (const [k, v] of Object.entries(expandObject(expanded, path, keepUnresolved))) out[k] = v;
      }
    }
    return out;
  };

  const result: Obj = { ...template };
  if (isObj(template.Resources)) result.Resources = expandObject(template.Resources, 'Resources', true);
  for (const section of ['Outputs', 'Conditions']) {
    if (isObj(template[section])) result[section] = expandObject(template[section] as Obj, section, false);
  }
  return { template: result, keptLoops, warnings, problems };
}

function describe(value: unknown): string {
  if (isObj(value) && typeof value.Ref === 'string') return `parameter ${value.Ref} (no default)`;
  if (isObj(value)) return Object.keys(value)[0] ?? 'a computed value';
  return JSON.stringify(value);
}

/** The loop body for one item: keys and Fn::Sub text get the item, `Ref: Identifier` becomes it. */
function substitute(value: unknown, identifier: string, item: string): unknown {
  const inText = (text: string) => text.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(item.replace(/[^A-Za-z0-9]/g, ''));
  if (Array.isArray(value)) return value.map((v) => substitute(v, identifier, item));
  if (!isObj(value)) return value;
  if (Object.keys(value).length === 1 && value.Ref === identifier) return item;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'Fn::Sub') out[k] = typeof v === 'string' ? inText(v) : Array.isArray(v) && typeof v[0] === 'string' ? [inText(v[0]), substitute(v[1], identifier, item)] : substitute(v, identifier, item);
    else out[inText(k)] = substitute(v, identifier, item);
  }
  return out;
}
