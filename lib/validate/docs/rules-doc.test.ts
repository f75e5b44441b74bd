import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatePipeline } from '../index';
import { ALL_RULES } from '../rules/all';
import { exampleToPipeline, renderRulesDoc } from './rules-doc';

const docPath = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));

describe('rule examples', () => {
  for (const rule of ALL_RULES) {
    it(`${rule.id}: the failing example reports it, the passing one does not`, () => {
      const failing = validatePipeline(exampleToPipeline(rule.examples.failing)).findings.filter((f) => f.rule === rule.id);
      const passing = validatePipeline(exampleToPipeline(rule.examples.passing)).findings.filter((f) => f.rule === rule.id);
      expect(failing.length).toBeGreaterThan(0);
      expect(passing).toEqual([]);
    });
  }
});

describe('docs/rules.md', () => {
  const doc = readFileSync(docPath, 'utf8');

  it('mentions every rule id with a section', () => {
    for (const rule of ALL_RULES) expect(doc).toContain(`### ${rule.id}\n`);
  });

  it('is current (regenerate with `npx sluice rules --markdown > docs/rules.md`)', () => {
    expect(doc).toBe(renderRulesDoc(ALL_RULES));
  });
});
