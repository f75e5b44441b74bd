/** Reading property values of a template that may hold intrinsics. */
export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The logical ids a value refers to (Ref, GetAtt, ${X} / ${X.Attr} in Sub). */
export function referencedIds(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!isObj(v)) return;
    if (typeof v.Ref === 'string') out.push(v.Ref);
    const att = v['Fn::GetAtt'];
    if (Array.isArray(att) && typeof att[0] === 'string') out.push(att[0]);
    if (typeof att === 'string') out.push(att.split('.')[0]);
    const s = v['Fn::Sub'];
    const text = typeof s === 'string' ? s : Array.isArray(s) && typeof s[0] === 'string' ? s[0] : undefined;
    if (text) for (const m of text.matchAll(/\$\{([^}!.]+)(\.[^}]*)?\}/g)) out.push(m[1]);
    for (const [k, x] of Object.entries(v)) if (k !== 'Ref' && k !== 'Fn::GetAtt' && k !== 'Fn::Sub') walk(x);
    if (Array.isArray(s)) walk(s[1]);
  };
  walk(value);
  return out;
}

/** The one resource a value points at, if it points at exactly one. */
export function target(value: unknown): string | undefined {
  const ids = [...new Set(referencedIds(value))].filter((id) => !id.startsWith('AWS::'));
  return ids.length === 1 ? ids[0] : undefined;
}

export class Reader {
  constructor(
    private readonly parameters: Obj,
    readonly warnings: string[],
  ) {}

  /** A literal, or a parameter's default; anything else is undefined with a warning. */
  literal(value: unknown, path: string): unknown {
    if (value === undefined) return undefined;
    if (isObj(value) && typeof value.Ref === 'string' && Object.keys(value).length === 1) {
      const p = this.parameters[value.Ref];
      if (isObj(p) && p.Default !== undefined) return p.Default;
      if (!value.Ref.startsWith('AWS::')) this.warnings.push(`${path}: refers to parameter ${value.Ref} with no default; the designer's default is used`);
      return undefined;
    }
    if (isObj(value)) {
      this.warnings.push(`${path}: computed by ${Object.keys(value)[0]}; the designer's default is used`);
      return undefined;
    }
    return value;
  }

  number(value: unknown, path: string): number | string | undefined {
    const v = this.literal(value, path);
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return v as number | string | undefined;
  }

  string(value: unknown, path: string): string | undefined {
    const v = this.literal(value, path);
    return v === undefined ? undefined : typeof v === 'string' ? v : String(v);
  }

  boolean(value: unknown, path: string): boolean | undefined {
    const v = this.literal(value, path);
    if (v === 'true') return true;
    if (v === 'false') return false;
    return v as boolean | undefined;
  }
}
