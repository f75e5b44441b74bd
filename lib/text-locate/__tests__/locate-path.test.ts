import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { locateInText } from '../locate-path';

const DOC = {
  name: 'orders',
  nodes: [
    { id: 'a', kind: 'sqs-queue', config: { visibilityTimeoutSeconds: 30 } },
    { id: 'b', kind: 'lambda-function', name: 'Archiver', config: { timeoutSeconds: 900, memoryMb: 512 } },
  ],
  'odd key "x"': true,
};
const JSON_TEXT = JSON.stringify(DOC, null, 2);

function textAt(text: string, range: { start: number; end: number }) {
  return text.slice(range.start, range.end);
}

describe('locateInText (JSON)', () => {
  it('points a scalar path at its value', () => {
    const loc = locateInText(JSON_TEXT, ['nodes', 1, 'config', 'timeoutSeconds']);
    expect(loc?.exact).toBe(true);
    expect(textAt(JSON_TEXT, loc!.focus)).toBe('900');
    expect(textAt(JSON_TEXT, loc!.whole)).toBe('"timeoutSeconds": 900');
  });

  it('points a collection path at its key, and the whole entry spans the block', () => {
    const loc = locateInText(JSON_TEXT, ['nodes', 1, 'config'])!;
    expect(textAt(JSON_TEXT, loc.focus)).toBe('"config"');
    expect(textAt(JSON_TEXT, loc.whole)).toMatch(/^"config": \{[\s\S]*"memoryMb": 512\s*\}$/);
  });

  it('points an array item without a key at its opening bracket', () => {
    const loc = locateInText(JSON_TEXT, ['nodes', 0])!;
    expect(textAt(JSON_TEXT, loc.focus)).toBe('{');
    expect(JSON.parse(textAt(JSON_TEXT, loc.whole))).toEqual(DOC.nodes[0]);
  });

  it('decodes escaped keys', () => {
    const loc = locateInText(JSON_TEXT, ['odd key "x"'])!;
    expect(textAt(JSON_TEXT, loc.focus)).toBe('true');
  });

  it('lands a missing field on its nearest parent, not exact', () => {
    const loc = locateInText(JSON_TEXT, ['nodes', 0, 'name'])!;
    expect(loc.exact).toBe(false);
    expect(textAt(JSON_TEXT, loc.focus)).toBe('{');
    const outOfRange = locateInText(JSON_TEXT, ['nodes', 7, 'id'])!;
    expect(textAt(JSON_TEXT, outOfRange.focus)).toBe('"nodes"');
  });

  it('the root path is the first character', () => {
    expect(locateInText(JSON_TEXT, [])?.focus).toEqual({ start: 0, end: 1 });
  });

  it('uses the last of duplicate keys, as JSON.parse does', () => {
    const text = '{"a": 1, "a": 2}';
    expect(textAt(text, locateInText(text, ['a'])!.focus)).toBe('2');
  });

  it('still finds what comes before a syntax error', () => {
    const text = '{\n  "name": "x",\n  "nodes": [ { "id": "a", "kind": }\n';
    expect(textAt(text, locateInText(text, ['name'])!.focus)).toBe('"x"');
    const loc = locateInText(text, ['nodes', 0, 'kind'])!;
    expect(textAt(text, loc.focus)).toBe('"kind"');
    expect(locateInText('', ['a'])).toBeUndefined();
    const unterminated = '{"a": "unterminated\n}';
    expect(textAt(unterminated, locateInText(unterminated, ['a'])!.focus)).toBe('"a"');
  });

  it('skips comments', () => {
    const text = '{ // note\n "a": /* inline */ 5 }';
    expect(textAt(text, locateInText(text, ['a'])!.focus)).toBe('5');
  });

  it('every leaf of any JSON document is found at its own text (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        for (const [path, leaf] of leaves(value)) {
          const loc = locateInText(text, path);
          expect(loc?.exact).toBe(true);
          expect(JSON.stringify(JSON.parse(textAt(text, loc!.focus)))).toBe(JSON.stringify(leaf));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('locateInText (YAML)', () => {
  const template = [
    'Resources:',
    '  OrdersQueue:',
    '    Type: AWS::SQS::Queue',
    '    Properties:',
    '      VisibilityTimeout: 30',
    '  ArchiverFunction:',
    '    Type: AWS::Lambda::Function',
    '    Properties:',
    '      Role: !GetAtt ArchiverRole.Arn',
    '      Layers: [a, b]',
    'Outputs: {}',
    '',
  ].join('\n');

  it('finds a resource block from its key to its last line, CloudFormation tags included', () => {
    const loc = locateInText(template, ['Resources', 'ArchiverFunction'], 'yaml')!;
    expect(textAt(template, loc.focus)).toBe('ArchiverFunction');
    expect(textAt(template, loc.whole)).toBe(template.split('\n').slice(5, 10).join('\n').trimStart());
    expect(textAt(template, locateInText(template, ['Resources', 'ArchiverFunction', 'Properties', 'Layers', 1], 'yaml')!.focus)).toBe('b');
    expect(textAt(template, locateInText(template, ['Resources', 'OrdersQueue', 'Properties', 'VisibilityTimeout'], 'yaml')!.focus)).toBe('30');
  });

  it('a YAML dump of any JSON object puts every top-level key where it is written', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue(), { minKeys: 1 }), (value) => {
        const text = stringify(value);
        for (const key of Object.keys(value)) {
          const loc = locateInText(text, [key], 'yaml');
          expect(loc?.exact).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

function* leaves(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], unknown]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* leaves(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, [...path, k]);
  } else {
    yield [path, value];
  }
}
