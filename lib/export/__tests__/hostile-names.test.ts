import { execFileSync } from 'node:child_process';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KIND_IDS, PipelineBuilder, type Pipeline } from '../../model';
import { importCloudFormation } from '../../import';
import { exportCdkApp, exportCloudFormation, glueScripts } from '../index';

/** Text a user might type, built to break quoting in every language the exporter writes. */
const HOSTILE = [
  `"; pwned(); "`,
  "` + pwned() + `",
  '${pwned()} ${AWS::AccountId}',
  '*/ pwned(); /*',
  'line one\nline two\r\n"""\npwned()',
  '</script><script>pwned()</script>',
  ': # & * ! | > % @ ` {a: 1} [b] - yes no ~ null',
  "' OR ''=' \\ \\n \\u0022 \u2028 \u2029 \0",
];

function hostilePipeline(text: string): Pipeline {
  const b = new PipelineBuilder(text.replace(/[\0]/g, '').slice(0, 200) || 'x');
  KIND_IDS.forEach((kind, i) => b.node(`n${i}`, kind, {}, text));
  const id = (kind: string) => `n${KIND_IDS.indexOf(kind as never)}`;
  b.edge(id('s3-bucket'), id('lambda-function'), { filterPrefix: text.slice(0, 100), filterSuffix: text.slice(0, 50) });
  b.edge(id('lambda-function'), id('s3-bucket'), { writePrefix: text.slice(0, 100) });
  b.edge(id('glue-database'), id('glue-job'));
  b.edge(id('glue-job'), id('s3-bucket'), { writePrefix: text.slice(0, 100) });
  const raw = b.raw() as { description?: string };
  raw.description = text;
  return { ...b.build(), description: text };
}

/** Every identifier in the code: injected text would show up as one. */
function identifiers(code: string): Set<string> {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, code);
  const out = new Set<string>();
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (t === ts.SyntaxKind.Identifier) out.add(scanner.getTokenText());
  }
  return out;
}

describe('hostile names and descriptions', () => {
  for (const text of HOSTILE) {
    const label = JSON.stringify(text).slice(0, 40);
    const pipeline = hostilePipeline(text);

    it(`${label}: JSON and YAML templates parse back to the same value and keep the text as a string`, () => {
      const json = exportCloudFormation(pipeline, { format: 'json' });
      const yaml = exportCloudFormation(pipeline, { format: 'yaml' });
      expect(JSON.parse(json.text)).toEqual(json.template);
      expect(parse(yaml.text)).toEqual(json.template);
      const fn = json.template.Resources.N9Function.Metadata as { Sluice: { node: { name: string } } };
      expect(fn.Sluice.node.name).toBe(text);
      // Free text never goes into Fn::Sub, where ${...} would be a reference.
      const subs = JSON.stringify(json.template).match(/"Fn::Sub":"[^"]*"/g) ?? [];
      for (const s of subs) expect(s).not.toContain('pwned');
    });

    it(`${label}: the template imports back to the same pipeline`, () => {
      const r = importCloudFormation(exportCloudFormation(pipeline, { format: 'yaml' }).text);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.pipeline).toEqual(pipeline);
    });

    it(`${label}: the CDK app is valid TypeScript and the text stays inside string literals`, () => {
      const { files } = exportCdkApp(pipeline);
      for (const [path, code] of Object.entries(files).filter(([p]) => p.endsWith('.ts'))) {
        expect(() => transformSync(code, { loader: 'ts', sourcefile: path }), path).not.toThrow();
        expect(identifiers(code).has('pwned'), path).toBe(false);
      }
      expect(JSON.parse(files['package.json']).name).toMatch(/^[a-z0-9-]+$/);
    });

    it(`${label}: Glue scripts parse as Python and keep the text out of code`, () => {
      for (const [path, code] of Object.entries(glueScripts(pipeline))) {
        for (const line of code.split('\n').filter((l) => l.includes('pwned'))) expect(line.trim(), path).toMatch(/^#/);
        if (path.endsWith('.py')) execFileSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: code });
      }
    });
  }

  it('a Scala job keeps the text out of code too', () => {
    const p = new PipelineBuilder('scala').node('job', 'glue-job', { language: 'scala' }, HOSTILE.join(' ').slice(0, 200)).build();
    const [code] = Object.values(glueScripts(p));
    for (const line of code.split('\n').filter((l) => l.includes('pwned'))) expect(line.trim()).toMatch(/^\/\/ [A-Za-z0-9 .,:;()'_+=?…-]*$/);
  });
});
