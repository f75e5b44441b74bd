import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PipelineBuilder } from '../../model';
import { renderTemplate } from '../cloudformation/render';
import type { CfnTemplate } from '../cloudformation/types';
import { exportCloudFormation } from '../index';

/**
 * Strings a YAML 1.1 reader (PyYAML, cfn-lint, CloudFormation's lineage) reads as something
 * else when written plain: booleans (Yes, on, Off, y), sexagesimal numbers (12:30:45 = 45,045),
 * underscored and binary numbers (1_000, 0b101), dates, the merge key, `=` (1.1's value key),
 * and characters that a 1.1 reader takes as line breaks or strips (NEL, U+2028/9, tab, BOM).
 * https://yaml.org/type/bool.html, https://yaml.org/type/int.html, https://yaml.org/type/merge.html
 */
const TRICKY = ['Yes', 'on', 'Off', 'y', 'N', '12:30:45', '1_000', '0b101', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '<<', '=', '0o14', '1e3', '.NaN', 'a\u2028b', 'a\u2029b', 'a\tb', '\tlead', 'trail\t', 'a\u0085b', '\ufeffbom', 'c1\u009bx', 'del\u007f', 'esc\u001b[2J'];

/** The same text read by PyYAML and by cfn-lint's own template decoder, as JSON. */
function readWithPython(files: string[]): unknown[] {
  const script = `
import json, sys, yaml, cfnlint.decode
out = []
for text in json.load(sys.stdin):
    out.append(yaml.safe_load(text))
print(json.dumps(out))
`;
  const viaPyYaml = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(files), encoding: 'utf8' })) as unknown[];
  const viaCfnLint = JSON.parse(
    execFileSync('python3', ['-c', `
import json, sys, tempfile, cfnlint.decode
out = []
for text in json.load(sys.stdin):
    with tempfile.NamedTemporaryFile('w', suffix='.yaml', delete=False, encoding='utf-8') as f:
        f.write(text)
    template, matches = cfnlint.decode.decode(f.name)
    out.append(template if not matches else [str(m) for m in matches])
print(json.dumps(out))
`], { input: JSON.stringify(files), encoding: 'utf8' }),
  ) as unknown[];
  return viaPyYaml.map((v, i) => ({ pyyaml: v, cfnLint: viaCfnLint[i] }));
}

describe('exported YAML reads back as the same strings in every YAML reader', () => {
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: TRICKY.join(' '),
    Metadata: { Keys: Object.fromEntries(TRICKY.map((t) => [t, t])), Items: TRICKY },
    Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: { Tags: TRICKY.map((t, i) => ({ Key: `k${i}`, Value: t })) } } },
  } as unknown as CfnTemplate;
  const pipelines = TRICKY.map((t) => {
    const p = new PipelineBuilder(t).node('jobs', 'sqs-queue', {}, t).node('worker', 'lambda-function', {}, t).edge('jobs', 'worker').build();
    return { ...p, description: t };
  });

  it('the yaml package in YAML 1.1 and 1.2 mode reads each value, as a key, a value and a list item, unchanged', () => {
    const text = renderTemplate(template, 'yaml');
    expect(parse(text, { version: '1.1' })).toEqual(template);
    expect(parse(text, { version: '1.2' })).toEqual(template);
    for (const p of pipelines) {
      const exported = exportCloudFormation(p, { format: 'yaml' });
      const expected = JSON.parse(exportCloudFormation(p, { format: 'json' }).text);
      expect(parse(exported.text, { version: '1.1' }), JSON.stringify(p.name)).toEqual(expected);
    }
  });

  it('PyYAML and cfn-lint\'s template decoder read each value unchanged', () => {
    const texts = [renderTemplate(template, 'yaml'), ...pipelines.map((p) => exportCloudFormation(p, { format: 'yaml' }).text)];
    const expected = [template, ...pipelines.map((p) => JSON.parse(exportCloudFormation(p, { format: 'json' }).text))];
    const read = readWithPython(texts);
    read.forEach((r, i) => {
      expect((r as { pyyaml: unknown }).pyyaml, `PyYAML, text ${i}`).toEqual(expected[i]);
      expect((r as { cfnLint: unknown }).cfnLint, `cfn-lint, text ${i}`).toEqual(expected[i]);
    });
  });

  it('writes no raw control, NEL, separator or BOM character (each is an escape inside double quotes)', () => {
    // eslint-disable-next-line no-control-regex -- exactly the characters looked for
    expect(renderTemplate(template, 'yaml')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/);
  });
});
