import { z } from 'zod';

/** What the inspector needs to know about one config field, read from its zod schema. */
export type FieldDescriptor =
  | { kind: 'number'; key: string; title: string; description?: string; defaultValue?: number; optional: boolean; min?: number; max?: number; integer: boolean }
  | { kind: 'boolean'; key: string; title: string; description?: string; defaultValue?: boolean; optional: boolean }
  | { kind: 'enum'; key: string; title: string; description?: string; defaultValue?: string; optional: boolean; options: string[] }
  | { kind: 'string'; key: string; title: string; description?: string; defaultValue?: string; optional: boolean }
  | { kind: 'string-list'; key: string; title: string; description?: string; defaultValue?: string[]; optional: boolean }
  | { kind: 'enum-list'; key: string; title: string; description?: string; defaultValue?: string[]; optional: boolean; options: string[] }
  | { kind: 'group'; key: string; title: string; description?: string; fields: FieldDescriptor[] };

type Inner = z.ZodType & { _zod: { def: Record<string, unknown> } };

function unwrap(schema: Inner): { inner: Inner; optional: boolean; defaultValue: unknown } {
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = s._zod.def;
    if (def.type === 'default' || def.type === 'prefault') {
      const d = def.defaultValue;
      defaultValue = typeof d === 'function' ? (d as () => unknown)() : d;
      s = def.innerType as Inner;
    } else if (def.type === 'optional') {
      optional = true;
      s = def.innerType as Inner;
    } else return { inner: s, optional, defaultValue };
  }
}

function humanize(key: string): string {
  return key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

export function describeField(key: string, schema: z.ZodType): FieldDescriptor | undefined {
  const meta = (z.globalRegistry.get(schema) ?? {}) as { title?: string; description?: string };
  const { inner, optional, defaultValue } = unwrap(schema as Inner);
  const innerMeta = (z.globalRegistry.get(inner) ?? {}) as { title?: string; description?: string };
  const title = meta.title ?? innerMeta.title ?? humanize(key);
  const description = meta.description ?? innerMeta.description;
  const def = inner._zod.def;
  switch (def.type) {
    case 'number': {
      const n = inner as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      return {
        kind: 'number', key, title, description, optional, integer: n.isInt,
        defaultValue: defaultValue as number | undefined,
        min: n.minValue !== null && Number.isFinite(n.minValue) ? n.minValue : undefined,
        max: n.maxValue !== null && Number.isFinite(n.maxValue) ? n.maxValue : undefined,
      };
    }
    case 'boolean':
      return { kind: 'boolean', key, title, description, optional, defaultValue: defaultValue as boolean | undefined };
    case 'enum':
      return { kind: 'enum', key, title, description, optional, defaultValue: defaultValue as string | undefined, options: Object.values(def.entries as Record<string, string>) };
    case 'string':
      return { kind: 'string', key, title, description, optional, defaultValue: defaultValue as string | undefined };
    case 'array': {
      const element = unwrap(def.element as Inner).inner;
      if (element._zod.def.type === 'enum') {
        return { kind: 'enum-list', key, title, description, optional, defaultValue: defaultValue as string[] | undefined, options: Object.values(element._zod.def.entries as Record<string, string>) };
      }
      return { kind: 'string-list', key, title, description, optional, defaultValue: defaultValue as string[] | undefined };
    }
    case 'object':
      return { kind: 'group', key, title, description, fields: describeObject(inner as unknown as z.ZodObject) };
    default:
      return undefined;
  }
}

export function describeObject(schema: z.ZodObject): FieldDescriptor[] {
  return Object.entries(schema.shape)
    .map(([key, field]) => describeField(key, field as z.ZodType))
    .filter((f): f is FieldDescriptor => f !== undefined);
}

/** Parse a number input as the user typed it; the message says what was expected. */
export function parseNumberInput(text: string, field: { integer: boolean; optional: boolean }): { ok: true; value: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return field.optional ? { ok: true, value: undefined } : { ok: false, message: 'required: enter a number' };
  const value = Number(trimmed.replace(/[,_\s]/g, ''));
  if (!Number.isFinite(value)) return { ok: false, message: `expected a number, got "${trimmed}"` };
  if (field.integer && !Number.isInteger(value)) return { ok: false, message: `expected a whole number, got ${trimmed}` };
  return { ok: true, value };
}

/** The title a user knows a field by, for a dotted config path ("traffic.recordsPerSecond" → "Traffic: Records per second"). */
export function pathTitle(fields: readonly FieldDescriptor[], path: string): string {
  const titles: string[] = [];
  let level: readonly FieldDescriptor[] = fields;
  for (const key of path.split('.')) {
    const field = level.find((f) => f.key === key);
    if (!field) return path;
    titles.push(field.title);
    level = field.kind === 'group' ? field.fields : [];
  }
  return titles.join(': ');
}
