import { z } from 'zod';
import { CATALOG, type Catalog } from './catalog';
import { KIND_IDS, type KindId } from './kind';
import { edgeConfigSchema } from './edge-config';
import { keptSchema } from './kept';
import { regionSchema } from './region';

export const FORMAT_ID = 'sluice.pipeline';
export const CURRENT_VERSION = 3;

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const idSchema = z
  .string()
  .regex(ID_PATTERN, 'an id is 1 to 64 letters, digits, _ or -, starting with a letter or digit');

const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const suppressionSchema = z.strictObject({
  rule: z.string().min(1).meta({ description: 'The rule id to switch off.' }),
  reason: z.string().trim().min(1, 'a suppression needs a written reason').max(1000),
  nodeId: z.string().optional().meta({ description: 'Only for this node.' }),
  edgeId: z.string().optional().meta({ description: 'Only for this edge.' }),
});
export type Suppression = z.output<typeof suppressionSchema>;

/** The longest name a node or a pipeline may have, in UTF-16 code units (what zod counts). */
export const MAX_NAME_LENGTH = 200;

function nodeSchemaFor<K extends KindId>(kind: K) {
  return z.strictObject({
    id: idSchema,
    kind: z.literal(kind),
    name: z.string().min(1, 'a name cannot be empty').max(MAX_NAME_LENGTH),
    position: positionSchema.optional(),
    notes: z.string().max(10000).optional(),
    // The cast keeps each kind's own config type; the runtime schema is exactly this kind's.
    config: (CATALOG[kind].configSchema as z.ZodObject).prefault({}) as unknown as z.ZodPrefault<Catalog[K]['configSchema']>,
  });
}

type NodeSchemas = { [K in KindId]: ReturnType<typeof nodeSchemaFor<K>> };
const NODE_SCHEMAS = Object.fromEntries(KIND_IDS.map((k) => [k, nodeSchemaFor(k)])) as NodeSchemas;

export const nodeSchema = z.discriminatedUnion(
  'kind',
  KIND_IDS.map((k) => NODE_SCHEMAS[k]) as unknown as [NodeSchemas[KindId], ...NodeSchemas[KindId][]],
);

export const edgeSchema = z.strictObject({
  id: idSchema,
  source: z.string().min(1),
  target: z.string().min(1),
  config: edgeConfigSchema.prefault({}),
});

const documentShape = z.strictObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(CURRENT_VERSION),
  name: z.string().min(1, 'a pipeline needs a name').max(MAX_NAME_LENGTH),
  description: z.string().max(10000).optional(),
  // Optional, so no format version step: files without it read as before (us-east-1 prices).
  region: regionSchema.optional(),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
  suppressions: z.array(suppressionSchema).default([]),
  kept: keptSchema.optional().meta({ description: 'What an imported template had that is not drawn, written back on export (version 3).' }),
});

/** The whole `*.sluice.json` document (CURRENT_VERSION), with cross-reference checks. */
export const pipelineSchema = documentShape.superRefine((doc, ctx) => {
  const nodeIds = new Map<string, number>();
  doc.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id)) {
      ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${n.id}" (also nodes[${nodeIds.get(n.id)}])`, input: n.id });
    } else nodeIds.set(n.id, i);
  });
  const edgeIds = new Map<string, number>();
  doc.edges.forEach((e, i) => {
    // One namespace: figures and decorations are keyed by bare id.
    if (nodeIds.has(e.id)) {
      ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `the id "${e.id}" is already a node's id (nodes[${nodeIds.get(e.id)}]): nodes and edges need different ids`, input: e.id });
    }
    if (edgeIds.has(e.id)) {
      ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `duplicate edge id "${e.id}" (also edges[${edgeIds.get(e.id)}])`, input: e.id });
    } else edgeIds.set(e.id, i);
    if (!nodeIds.has(e.source)) {
      ctx.addIssue({ code: 'custom', path: ['edges', i, 'source'], message: `no node has the id "${e.source}"`, input: e.source });
    }
    if (!nodeIds.has(e.target)) {
      ctx.addIssue({ code: 'custom', path: ['edges', i, 'target'], message: `no node has the id "${e.target}"`, input: e.target });
    }
  });
  doc.suppressions.forEach((s, i) => {
    if (s.nodeId !== undefined && !nodeIds.has(s.nodeId)) {
      ctx.addIssue({ code: 'custom', path: ['suppressions', i, 'nodeId'], message: `no node has the id "${s.nodeId}"`, input: s.nodeId });
    }
    if (s.edgeId !== undefined && !edgeIds.has(s.edgeId)) {
      ctx.addIssue({ code: 'custom', path: ['suppressions', i, 'edgeId'], message: `no edge has the id "${s.edgeId}"`, input: s.edgeId });
    }
  });
});

/** A parsed pipeline: every config default filled in. */
export type Pipeline = z.output<typeof pipelineSchema>;
export type PipelineNode = Pipeline['nodes'][number];
export type PipelineEdge = Pipeline['edges'][number];
/** What may be written in a file: defaults optional. */
export type PipelineInput = z.input<typeof pipelineSchema>;
export type NodeOfKind<K extends KindId> = Extract<PipelineNode, { kind: K }>;
