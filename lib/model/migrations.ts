import { CURRENT_VERSION, FORMAT_ID } from './pipeline';

/**
 * One step of the file format's history: takes a document of version `from` (already
 * checked to be an object) and returns it in version `from + 1`. Steps are pure and tested.
 */
export interface Migration {
  from: number;
  describe: string;
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

type Json = Record<string, unknown>;

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 0 is the prototype format the first designs were drawn in: nodes carried `type`
 * and `props`, edges were `links` with `from`/`to`, and the format id was "sluice".
 */
const v0ToV1: Migration = {
  from: 0,
  describe: 'prototype format: nodes.type/props -> kind/config, links.from/to -> edges.source/target',
  migrate(doc) {
    const { links, nodes, ...rest } = doc;
    return {
      ...rest,
      format: FORMAT_ID,
      version: 1,
      nodes: asList(nodes).map((n) => {
        if (!isObject(n)) return n;
        const { type, props, ...node } = n;
        return { ...node, kind: node.kind ?? type, config: node.config ?? props ?? {} };
      }),
      edges: asList(doc.edges ?? links).map((e, i) => {
        if (!isObject(e)) return e;
        const { from, to, props, ...edge } = e;
        return { id: edge.id ?? `e${i + 1}`, ...edge, source: edge.source ?? from, target: edge.target ?? to, config: edge.config ?? props ?? {} };
      }),
    };
  },
};

/**
 * Version 2 puts node and edge ids in one namespace (decorations and simulation figures are
 * keyed by bare id, so an edge "a" beside a node "a" overwrote the node's figures). A version 1
 * edge whose id is also a node's id is renamed `<id>-edge` (then `-edge-2`, ...), and the
 * suppressions naming it follow. Nothing else changes.
 */
export const v1ToV2: Migration = {
  from: 1,
  describe: 'one id namespace: edges whose id is also a node id are renamed <id>-edge',
  migrate(doc) {
    const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
    const edges = Array.isArray(doc.edges) ? doc.edges : [];
    const idOf = (x: unknown) => (typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : undefined);
    const nodeIds = new Set(nodes.map(idOf).filter((id): id is string => id !== undefined));
    const taken = new Set([...nodeIds, ...edges.map(idOf).filter((id): id is string => id !== undefined)]);
    const renamed = new Map<string, string>();
    const fresh = (id: string) => {
      // Ids are at most 64 characters: room for "-edge-NN".
      const stem = `${id.slice(0, 55)}-edge`;
      let next = stem;
      for (let n = 2; taken.has(next); n++) next = `${stem}-${n}`;
      taken.add(next);
      return next;
    };
    const nextEdges = edges.map((e) => {
      const id = idOf(e);
      if (id === undefined || !nodeIds.has(id) || renamed.has(id)) return e;
      const to = fresh(id);
      renamed.set(id, to);
      return { ...(e as Json), id: to };
    });
    const suppressions = Array.isArray(doc.suppressions)
      ? doc.suppressions.map((s) => {
          const edgeId = typeof s === 'object' && s !== null ? (s as Json).edgeId : undefined;
          return typeof edgeId === 'string' && renamed.has(edgeId) ? { ...(s as Json), edgeId: renamed.get(edgeId) } : s;
        })
      : doc.suppressions;
    return {
      ...doc,
      version: 2,
      ...(doc.edges === undefined ? {} : { edges: nextEdges }),
      ...(doc.suppressions === undefined ? {} : { suppressions }),
    };
  },
};

/**
 * Version 3 adds `kept`: what an imported template had that the designer does not draw.
 * A version 2 document had nothing kept, so the step only moves the version on; it is
 * self-contained (it names its own numbers) so other steps can be chained before or after.
 */
export const keptPart: Migration = {
  from: 2,
  describe: 'adds the optional kept part of imported templates (nothing kept in older files)',
  migrate(doc) {
    return { ...doc, version: 3 };
  },
};

export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, keptPart];

export type MigrationResult =
  | { ok: true; document: Json; migratedFrom?: number }
  | { ok: false; message: string; path: string };

/** Bring any known version up to the current one; refuse newer or unknown versions clearly. */
export function migrate(input: unknown): MigrationResult {
  if (!isObject(input)) {
    return { ok: false, path: '', message: `expected a pipeline document (a JSON object), got ${Array.isArray(input) ? 'a list' : typeof input}` };
  }
  const isPrototype = input.format === 'sluice' || (input.format === undefined && input.version === 0);
  if (!isPrototype && input.format !== FORMAT_ID) {
    return {
      ok: false,
      path: 'format',
      message: `expected "${FORMAT_ID}", got ${input.format === undefined ? 'nothing' : JSON.stringify(input.format)}: this is not a Sluice pipeline file`,
    };
  }
  const version = isPrototype ? (input.version ?? 0) : input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, path: 'version', message: `expected a whole version number, got ${JSON.stringify(version)}` };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      path: 'version',
      message: `this file is version ${version}, written by a newer Sluice; this one reads versions up to ${CURRENT_VERSION}. Upgrade Sluice to open it.`,
    };
  }
  let doc: Json = input;
  // The oldest version whose step changed more than the version number: only then is the
  // user told their file was upgraded (a version 1 file without clashing ids reads as it was).
  let changedFrom: number | undefined;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) return { ok: false, path: 'version', message: `no migration from version ${v}` };
    const next = step.migrate(doc);
    if (changedFrom === undefined && !sameApartFromVersion(doc, next)) changedFrom = v;
    doc = next;
  }
  return changedFrom === undefined ? { ok: true, document: doc } : { ok: true, document: doc, migratedFrom: version };
}

function sameApartFromVersion(a: Json, b: Json): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}
