import type { CfnValue } from './types';

/**
 * A template value with logical ids renamed: Ref, Fn::GetAtt (both forms), ${Id} and
 * ${Id.Attr} in Fn::Sub, and whole texts replaced (a bucket name Sluice computes, when the
 * bucket is the template's own).
 */
export function renameIds(value: unknown, rename: ReadonlyMap<string, string>, texts: ReadonlyMap<string, string> = new Map()): unknown {
  const inSub = (text: string) => {
    let out = text.replace(/\$\{([^}!.]+)(\.[^}]*)?\}/g, (m, id: string, attr: string | undefined) => (rename.has(id) ? `\${${rename.get(id)}${attr ?? ''}}` : m));
    for (const [from, to] of texts) out = out.split(from).join(to);
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) {
      if (k === 'Ref' && typeof x === 'string') out[k] = rename.get(x) ?? x;
      else if (k === 'Fn::GetAtt' && Array.isArray(x) && typeof x[0] === 'string') out[k] = [rename.get(x[0]) ?? x[0], ...x.slice(1).map(walk)];
      else if (k === 'Fn::GetAtt' && typeof x === 'string') {
        const [id, ...rest] = x.split('.');
        out[k] = [rename.get(id) ?? id, rest.join('.')];
      } else if (k === 'Fn::Sub' && typeof x === 'string') out[k] = inSub(x);
      else if (k === 'Fn::Sub' && Array.isArray(x) && typeof x[0] === 'string') out[k] = [inSub(x[0]), walk(x[1])];
      else out[k] = walk(x);
    }
    return out;
  };
  return walk(value);
}

/** The logical ids a value refers to (Ref, GetAtt, ${Id} in Fn::Sub, minus the Sub's own variables). */
export function referencesIn(value: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, local: Set<string>) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, local));
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'Ref' && typeof x === 'string') out.add(x);
      else if (k === 'Fn::GetAtt') {
        const id = Array.isArray(x) ? x[0] : typeof x === 'string' ? x.split('.')[0] : undefined;
        if (typeof id === 'string') out.add(id);
      } else if (k === 'Fn::Sub') {
        const [text, vars] = Array.isArray(x) ? [x[0], x[1]] : [x, undefined];
        const names = new Set(vars && typeof vars === 'object' ? Object.keys(vars) : []);
        if (typeof text === 'string') for (const m of text.matchAll(/\$\{([^}!.]+)(\.[^}]*)?\}/g)) if (!names.has(m[1])) out.add(m[1]);
        if (vars) walk(vars, local);
      } else walk(x, local);
    }
  };
  walk(value, new Set());
  for (const id of [...out]) if (id.startsWith('AWS::')) out.delete(id);
  return out;
}

export type { CfnValue };
