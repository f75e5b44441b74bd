import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePipelineText, type Pipeline } from '../../model';

export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');

/** Every example, parsed: [file stem, pipeline]. */
export function examples(): [string, Pipeline][] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.sluice.json'))
    .sort()
    .map((f) => {
      const parsed = parsePipelineText(readFileSync(join(EXAMPLES_DIR, f), 'utf8'));
      if (!parsed.ok) throw new Error(`${f} does not parse: ${JSON.stringify(parsed.problems)}`);
      return [f.replace('.sluice.json', ''), parsed.pipeline];
    });
}
