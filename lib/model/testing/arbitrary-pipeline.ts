import fc from 'fast-check';
import type { z } from 'zod';
import { CATALOG } from '../catalog';
import { allowedTargets, checkConnection, ON_FAILURE_TARGETS } from '../connections';
import { KIND_IDS, type KindId } from '../kind';
import { parsePipeline } from '../parse';
import { CURRENT_VERSION, FORMAT_ID, type Pipeline } from '../pipeline';

/**
 * fast-check arbitraries for property tests: random *valid* pipelines, built through the
 * real parser. Config values are drawn from each field's own zod schema (numbers within
 * their declared bounds, enums, booleans), so new fields are covered without edits here.
 */

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown>; bag?: Record<string, unknown> } };

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const t = s._zod.def.type;
    if (t === 'default' || t === 'prefault' || t === 'optional' || t === 'nullable') s = s._zod.def.innerType as AnySchema;
    else return s;
  }
}

function arbitraryForField(schema: AnySchema, fieldName: string): fc.Arbitrary<unknown> | undefined {
  const s = unwrap(schema);
  const def = s._zod.def;
  switch (def.type) {
    case 'number': {
      const num = s as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      const min = typeof num.minValue === 'number' && Number.isFinite(num.minValue) ? num.minValue : 0;
      const declaredMax = typeof num.maxValue === 'number' && Number.isFinite(num.maxValue) ? num.maxValue : undefined;
      // Keep traffic and sizes in a range a real design would use.
      const cap = /recordsPerSecond/.test(fieldName) ? 5000 : /Bytes/.test(fieldName) ? 2_000_000 : /Seconds|Hours|Minutes/.test(fieldName) ? 1000 : 200;
      const max = Math.max(min, Math.min(declaredMax ?? min + cap, min + cap));
      const isInt = num.isInt === true;
      return isInt ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      const entries = Object.entries(shape)
        .map(([k, v]) => [k, arbitraryForField(v, k)] as const)
        .filter((e): e is readonly [string, fc.Arbitrary<unknown>] => e[1] !== undefined);
      return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
    }
    default:
      return undefined; // strings with formats, arrays: left to their defaults
  }
}

const configArbitraries = new Map<KindId, fc.Arbitrary<Record<string, unknown>>>();
export function arbitraryConfig(kind: KindId): fc.Arbitrary<Record<string, unknown>> {
  let arb = configArbitraries.get(kind);
  if (!arb) {
    arb = arbitraryForField(CATALOG[kind].configSchema as unknown as AnySchema, '') as fc.Arbitrary<Record<string, unknown>>;
    configArbitraries.set(kind, arb);
  }
  return arb;
}

const edgeConfigArbitrary = fc.record(
  {
    batchSize: fc.integer({ min: 1, max: 20000 }),
    batchingWindowSeconds: fc.integer({ min: 0, max: 400 }),
    parallelizationFactor: fc.integer({ min: 1, max: 12 }),
    startingPosition: fc.constantFrom('TRIM_HORIZON', 'LATEST'),
    maxRetryAttempts: fc.integer({ min: -1, max: 20 }),
    maxRecordAgeSeconds: fc.constantFrom(-1, 60, 3600, 86400),
    bisectOnError: fc.boolean(),
    reportBatchItemFailures: fc.boolean(),
  },
  { requiredKeys: [] },
);

export interface ArbitraryPipelineOptions {
  minNodes?: number;
  maxNodes?: number;
  kinds?: readonly KindId[];
}

/** A random valid pipeline: random kinds and configs, edges only between compatible kinds. */
export function arbitraryPipeline(options: ArbitraryPipelineOptions = {}): fc.Arbitrary<Pipeline> {
  const { minNodes = 1, maxNodes = 12, kinds = KIND_IDS } = options;
  return fc
    .array(fc.constantFrom(...kinds), { minLength: minNodes, maxLength: maxNodes })
    .chain((nodeKinds) => {
      const configs = fc.tuple(...nodeKinds.map((k) => arbitraryConfig(k)));
      const pairs: { s: number; t: number; role: 'data' | 'on-failure' }[] = [];
      nodeKinds.forEach((sk, s) =>
        nodeKinds.forEach((tk, t) => {
          if (allowedTargets(sk).includes(tk) && checkConnection(sk, tk).ok) pairs.push({ s, t, role: 'data' });
          else if (sk === 'lambda-function' && ON_FAILURE_TARGETS.includes(tk)) pairs.push({ s, t, role: 'on-failure' });
        }),
      );
      const edges = pairs.length ? fc.subarray(pairs, { maxLength: Math.min(pairs.length, nodeKinds.length * 2) }) : fc.constant([]);
      const edgeConfigs = fc.array(edgeConfigArbitrary, { minLength: pairs.length, maxLength: pairs.length });
      return fc.tuple(fc.constant(nodeKinds), configs, edges, edgeConfigs);
    })
    .map(([nodeKinds, configs, edges, edgeConfigs]) => {
      const raw = {
        format: FORMAT_ID,
        version: CURRENT_VERSION,
        name: 'random-pipeline',
        nodes: nodeKinds.map((kind, i) => ({ id: `n${i}`, kind, name: `${kind} ${i}`, position: { x: i * 200, y: 0 }, config: configs[i] })),
        edges: edges.map((e, i) => ({
          id: `e${i}`,
          source: `n${e.s}`,
          target: `n${e.t}`,
          config: e.role === 'on-failure' ? { role: 'on-failure' } : (edgeConfigs[i] ?? {}),
        })),
      };
      const parsed = parsePipeline(raw);
      if (!parsed.ok) throw new Error(`arbitraryPipeline made an invalid pipeline: ${JSON.stringify(parsed.problems)}`);
      return parsed.pipeline;
    });
}
