import { CATALOG, parsePipeline, type KindId, type KeptValue, type ParseResult, type Problem } from '../model';
import type { MappedNode } from './map-resources';
import { isObj, type Obj } from './values';

/**
 * AWS accepts more than the designer offers: an engine written "MySQL" (engine names are
 * case-insensitive), an EMR application the designer does not list, 5 GB of storage, a
 * legacy instance type. Such a value never refuses the template (text where AWS wants a
 * number does: AWS refuses it too): the node takes the
 * canonical spelling or the designer's default, the value is kept as written (the export
 * writes it back) and a warning names the resource and property.
 */
export interface LenientResult {
  result: ParseResult;
  /** node id -> values kept as written. */
  keptValues: Map<string, KeptValue[]>;
}

export function parseLeniently(raw: Obj, foreignByNodeId: Map<string, MappedNode>, resources: Record<string, { Properties?: Obj }>, warnings: string[]): LenientResult {
  const keptValues = new Map<string, KeptValue[]>();
  const nodes = raw.nodes as Obj[];
  const edges = raw.edges as Obj[];
  let result = parsePipeline(raw);
  for (let round = 0; round < 50 && !result.ok; round++) {
    let changed = false;
    for (const p of result.problems) changed = relax(p) || changed;
    if (!changed) break;
    result = parsePipeline(raw);
  }
  return { result, keptValues };

  function relax(p: Problem): boolean {
    const [head, index, part, field, item] = p.pathSegments;
    if (typeof index !== 'number' || part !== 'config' || typeof field !== 'string') return false;
    if (head === 'edges') {
      const config = edges[index]?.config as Obj | undefined;
      if (!config || !(field in config)) return false;
      warnings.push(`edge ${String(edges[index].source)} -> ${String(edges[index].target)}: ${field} ${JSON.stringify(config[field])} is not what the designer offers (${p.message}); the resource that carries it is kept as written`);
      delete config[field];
      return true;
    }
    if (head !== 'nodes') return false;
    const node = nodes[index];
    const m = foreignByNodeId.get(String(node?.id));
    const config = node?.config as Obj | undefined;
    if (!m || !config || !(field in config)) return false;
    const value = config[field];
    // Text where AWS wants a number or a boolean is a template AWS refuses too: reported, not kept.
    const base = baseType(fieldSchema(m.kind, field));
    if ((base === 'number' || base === 'boolean') && typeof value !== base) return false;
    const canonical = typeof value === 'string' ? caseVariant(m.kind, field, value) : undefined;
    const source = m.sources[field];
    const property = source ? propertyPath(source, m.logicalId) : undefined;
    const written = property ? valueAt(resources[m.logicalId]?.Properties, property) : undefined;
    const list = keptValues.get(String(node.id)) ?? [];
    if (property && written !== undefined && !list.some((v) => v.field === field)) list.push({ field, property, value: written, reason: p.message });
    keptValues.set(String(node.id), list);
    const where = source ?? `Resources.${m.logicalId}`;
    if (canonical !== undefined) {
      config[field] = canonical;
      warnings.push(`${where}: ${JSON.stringify(value)} read as "${canonical}" (AWS does not mind the case); kept as written`);
    } else if (Array.isArray(value) && typeof item === 'number') {
      // Every item at once: the designer keeps those it offers (in its spelling), the list stays as written.
      const options = enumOptions(arrayElement(fieldSchema(m.kind, field)));
      const spelled = (v: unknown) => options.find((o) => typeof v === 'string' && o.toLowerCase() === v.toLowerCase());
      const offered = value.map(spelled).filter((v): v is string => v !== undefined);
      const others = value.filter((v) => spelled(v) === undefined);
      const named = others.filter((v) => typeof v === 'string').map((v) => JSON.stringify(v));
      const computed = others.length - named.length;
      const listed = [...named, ...(computed ? [`${computed} computed ${computed === 1 ? 'value' : 'values'}`] : [])].join(', ');
      warnings.push(`${where}: ${listed} ${others.length === 1 ? 'is' : 'are'} not among what the designer offers (${options.length ? `it offers ${options.join(', ')}` : p.message}); kept as written and exported unchanged, not shown on the node`);
      if (offered.length && options.length) config[field] = offered;
      else delete config[field];
    } else {
      delete config[field];
      warnings.push(`${where}: ${JSON.stringify(value)} is not what the designer offers (${p.message}); kept as written and exported unchanged, the designer shows its default`);
    }
    return true;
  }
}

/** The one option of an enum field that `value` spells with other letter cases. */
function fieldSchema(kind: KindId, field: string): unknown {
  return (CATALOG[kind].configSchema.shape as Record<string, unknown>)[field];
}

function baseType(schema: unknown): string | undefined {
  let s = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  for (let i = 0; i < 5 && s?.def?.innerType; i++) s = s.def.innerType as typeof s;
  return s?.def?.type;
}

/** The item schema of a list field (through optional/default wrappers). */
function arrayElement(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown; element?: unknown } } | undefined;
  for (let i = 0; i < 5 && s?.def && s.def.type !== 'array'; i++) s = s.def.innerType as typeof s;
  return s?.def?.type === 'array' ? s.def.element : undefined;
}

function caseVariant(kind: KindId, field: string, value: string): string | undefined {
  const options = enumOptions(fieldSchema(kind, field));
  const match = options.filter((o) => o.toLowerCase() === value.toLowerCase() && o !== value);
  return match.length === 1 ? match[0] : undefined;
}

function enumOptions(schema: unknown): string[] {
  let s = schema as { def?: { type?: string; innerType?: unknown; entries?: Record<string, string> } } | undefined;
  for (let i = 0; i < 5 && s?.def && s.def.type !== 'enum'; i++) s = s.def.innerType as typeof s;
  return s?.def?.type === 'enum' && s.def.entries ? Object.values(s.def.entries) : [];
}

/** "Resources.Db.Properties.Instances.MasterInstanceGroup.InstanceType" -> ["Instances", "MasterInstanceGroup", "InstanceType"]. */
export function propertyPath(source: string, logicalId: string): (string | number)[] | undefined {
  const prefix = `Resources.${logicalId}.Properties.`;
  if (!source.startsWith(prefix)) return undefined;
  const out: (string | number)[] = [];
  for (const part of source.slice(prefix.length).split('.')) {
    const m = /^([^[]+)((\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    out.push(m[1]);
    for (const n of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(n[1]));
  }
  return out;
}

export function valueAt(root: unknown, path: (string | number)[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isObj(v) && typeof k === 'string') v = v[k];
    else return undefined;
  }
  return v;
}
