import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOnly, findInlineFacts } from '../testing/inline-facts';

/**
 * Every AWS number lives once, in lib/model, with its page and the day it was checked; the
 * rules, the simulator and the export import it. A copy written inline fails here.
 */
const root = join(__dirname, '..', '..', '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === '__tests__' || e.name === 'testing' ? [] : sourceFiles(join(dir, e.name));
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [];
  });

describe('the scanner for inline AWS numbers', () => {
  it('finds a copied limit in code, as a literal, with underscores or as a product', () => {
    const sample = [
      "const MAX_VISIBILITY = 43200;",
      'if (timeout > 900) return [];',
      'const retention = 1_209_600;',
      'const payload = 6 * 1024 * 1024;',
      'const old = 256 * 1024;',
      'const wrongMb = 1000000;',
    ].join('\n');
    expect(findInlineFacts(sample).map((f) => [f.line, f.text])).toEqual([
      [1, '43200'],
      [2, '900'],
      [3, '1_209_600'],
      [4, '6 * 1024 * 1024'],
      [5, '256 * 1024'],
      [6, '1000000'],
    ]);
  });

  it('finds one inside a template expression, not in the template text', () => {
    expect(findInlineFacts('const m = `up to 900 s, ${Math.min(x, 900)}`;').map((f) => f.text)).toEqual(['900']);
  });

  it('ignores comments, string text, a rule\'s examples block and numbers that are not AWS facts', () => {
    const sample = [
      '// Lambda stops after 900 s',
      '/* SQS keeps 1209600 s */',
      "const message = 'over 43200 s';",
      'const ms = seconds * 1000;',
      'const big = 19000;',
      'const id = x900;',
      'const ratio = 0.900;',
      'export const rule = defineRule({',
      '  check() { return []; },',
      '  examples: {',
      "    failing: { nodes: [{ id: 'q', kind: 'sqs-queue', config: { retentionSeconds: 1209600 } }] },",
      '  },',
      '});',
    ].join('\n');
    expect(findInlineFacts(sample)).toEqual([]);
  });

  it('keeps line numbers through comments and strings', () => {
    const code = codeOnly("a /* x\ny */ 'q\\'r'\n`t\n${900}`");
    expect(code.split('\n')).toHaveLength(4);
    expect(findInlineFacts("/* a\nb */\n'c'\nconst t = 900;")).toEqual([{ line: 4, text: '900', fact: expect.any(String) }]);
  });
});

describe('rules, simulator and export', () => {
  const files = ['lib/validate', 'lib/simulate', 'lib/export'].flatMap((d) => sourceFiles(join(root, d)));

  it('reads all of their sources', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.some((f) => f.endsWith('sqs-parameter-range.ts'))).toBe(true);
  });

  it('hold no AWS number of their own (import it from lib/model)', () => {
    const found = files.flatMap((f) => findInlineFacts(readFileSync(f, 'utf8')).map((h) => `${relative(root, f)}:${h.line} ${h.text} (${h.fact})`));
    expect(found).toEqual([]);
  });
});
