import { z } from 'zod';
import { CURRENT_VERSION } from './pipeline';
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
