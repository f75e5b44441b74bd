import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from '../../model';
import { RULES } from '../../validate';
import { simulate } from '../index';

/** Every rule id the simulator's advice cites (relatedRule) names a rule the validator has. */
describe('rules the simulator cites', () => {
  const root = join(__dirname, '..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === '__tests__' ? [] : files(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const cited = new Set<string>();
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    // Every quoted rule-id-looking string on a line that sets relatedRule.
    for (const line of text.split('\n').filter((l) => l.includes('relatedRule'))) for (const m of line.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) cited.add(m[1]);
  }

  it('finds the citations', () => {
    expect(cited.size).toBeGreaterThanOrEqual(8);
  });

  it('each cited id is a rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect([...cited].filter((id) => !ids.has(id))).toEqual([]);
  });

  // The scan above reads source lines; this reads what runs print, so an id built another way
  // (a ternary over two lines, a variable) is checked too.
  it('each rule a run of the examples cites is a rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const dir = join(__dirname, '..', '..', '..', 'examples');
    const printed = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.sluice.json'))) {
      const pipeline = parsePipeline(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!pipeline.ok) throw new Error(`${name}: ${pipeline.problems.map((p) => p.message).join('; ')}`);
      const result = simulate(pipeline.pipeline, { seconds: 900, stepSeconds: 1, seed: 1 });
      for (const r of result.summary.recommendations) if (r.relatedRule !== undefined) printed.add(r.relatedRule);
    }
    // broken-on-purpose alone cites several; none may be unknown.
    expect(printed.size).toBeGreaterThanOrEqual(3);
    expect([...printed].filter((id) => !ids.has(id))).toEqual([]);
  });
});
