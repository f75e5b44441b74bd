import { z } from 'zod';
import { applicableEdgeSettings } from './edge-settings';
import { buildGraph } from './graph';
import { CURRENT_VERSION, type Pipeline } from './pipeline';
import { pipelineSchema } from './pipeline';

export const JSON_SCHEMA_ID = `https://sluice.dev/schema/pipeline-v${CURRENT_VERSION}.json`;

/** The JSON Schema of the file format, generated from the zod schema (never hand-written). */
export function pipelineJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(pipelineSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: JSON_SCHEMA_ID,
    title: 'Sluice pipeline',
    description: 'A data pipeline drawn in Sluice (*.sluice.json).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

type Json = Record<string, unknown>;

/**
 * The file format's schema for one document, as an editor uses it: each edge's `config` offers
 * only the settings that apply to its connection (lib/model/edge-settings.ts) with their AWS
 * defaults. A setting that does not apply stays allowed (the file still parses, the validator
 * reports it) but is not suggested, and is marked as doing nothing.
 */
export function pipelineJsonSchemaFor(pipeline: Pipeline, base: Json = pipelineJsonSchema()): Json {
  const properties = base.properties as Json;
  const edges = properties.edges as Json;
  const item = edges.items as Json;
  const itemProperties = item.properties as Json;
  const config = itemProperties.config as Json;
  const configProperties = config.properties as Record<string, Json>;
  const graph = buildGraph(pipeline);
  const prefixItems = pipeline.edges.map((edge) => {
    const source = graph.node(edge.source);
    const target = graph.node(edge.target);
    if (!source || !target) return item;
    const applicable = applicableEdgeSettings({ source: source.kind, target: target.kind, meaning: graph.connection(edge)?.meaning });
    const fields = Object.fromEntries(
      Object.entries(configProperties).map(([key, schema]) => {
        const spec = applicable[key as keyof typeof applicable];
        if (spec) return [key, spec.default === undefined ? schema : { ...schema, default: spec.default }];
        return [key, { ...schema, doNotSuggest: true, deprecationMessage: `${key} does nothing on this connection (${source.kind} → ${target.kind})` }];
      }),
    );
    return { ...item, properties: { ...itemProperties, config: { ...config, properties: fields } } };
  });
  return { ...base, properties: { ...properties, edges: { ...edges, prefixItems } } };
}
