import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultTemplateDir, measureTemplate, templateFiles } from './import-measure';

/**
 * The real-world templates (../shared/realworld-templates, written outside this project):
 * import then export each. cfn-lint's verdict is the bench's (npm run bench:import); here:
 * none refused except for being unparsable, nothing crashes, every resource comes back.
 */
const dir = defaultTemplateDir(process.cwd());
const present = existsSync(dir);

describe('real-world templates', () => {
  // One test either way, never a skipped one: with the folder it measures, without it it says so.
  if (present) it('imports every template cfn-lint can parse, draws SAM events, and gives back every resource', () => {
    const rows = templateFiles(dir).map((f) => measureTemplate(dir, f));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.error, r.file).toBeUndefined();
      // The one refusal allowed is a template that repeats a key (cfn-lint: E0000, not parsable).
      if (!r.imported) expect(r.refusal, r.file).toContain('Map keys must be unique');
      expect(r.missing, r.file).toEqual([]);
    }
    const events = rows.reduce((s, r) => s + r.samEvents, 0);
    const drawn = rows.reduce((s, r) => s + r.samEventsDrawn, 0);
    expect(drawn).toBe(events);
  });

  else {
    it(`was skipped because ${dir} is absent`, () => {
      console.warn(`real-world templates: skipped because ${dir} is absent`);
      expect(existsSync(dir)).toBe(false);
    });
  }
});
