import { describe, expect, it } from 'vitest';
import { CATALOG, KIND_IDS, parsePipeline, type Pipeline } from '../../model';
import { importCloudFormation } from '../../import';
import { exportCdkApp, exportCloudFormation } from '../index';

/**
 * CloudFormation resolves `{{resolve:...}}` in any resource property, so free text that
 * holds one would pull a parameter or a secret into a readable property.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
 */
const REFS = ['{{resolve:ssm:/prod/db/password}}', '{{resolve:secretsmanager:prod/db:SecretString:password}}', '{{ resolve:ssm-secure:/x:1}}', '{{RESOLVE:ssm:/y}}'];
const TEXT = `orders ${REFS.join(' ')}`;
const ANY_REFERENCE = /\{\{\s*resolve\s*:/i;

/** Every kind, with the text in its name, notes and every config field that takes free text; prefixes and filters too. */
function pipelineWithReferences(): Pipeline {
  const nodes = KIND_IDS.map((kind, i) => {
    const schema = CATALOG[kind].configSchema;
    const config: Record<string, string> = {};
    for (const key of Object.keys(schema.shape)) {
      const candidate = { ...config, [key]: TEXT.slice(0, 100) };
      if (schema.safeParse(candidate).success) config[key] = TEXT.slice(0, 100);
    }
    return { id: `n${i}`, kind, name: TEXT.slice(0, 200), notes: TEXT, config };
  });
  const id = (kind: string) => `n${KIND_IDS.indexOf(kind as never)}`;
  const r = parsePipeline({
    format: 'sluice.pipeline',
    version: 1,
    name: TEXT.slice(0, 200),
    description: TEXT,
    nodes,
    edges: [
      { id: 'e1', source: id('s3-bucket'), target: id('lambda-function'), config: { filterPrefix: REFS[0], filterSuffix: REFS[3] } },
      { id: 'e2', source: id('lambda-function'), target: id('s3-bucket'), config: { writePrefix: REFS[1] } },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pipeline;
}

/** Every string in a value, with where it is. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...strings(k, `${path}.{key}`), ...strings(v, `${path}.${k}`)]);
  return [];
}

describe('free text never becomes a CloudFormation dynamic reference', () => {
  const pipeline = pipelineWithReferences();
  const { template, text } = exportCloudFormation(pipeline, { format: 'json' });

  it('no resource property, parameter, output or the description holds {{resolve:', () => {
    const { Metadata: _pipelineMetadata, Resources, ...rest } = template;
    const found = [
      ...strings(rest),
      ...Object.entries(Resources).flatMap(([id, r]) => strings({ ...r, Metadata: undefined }, `Resources.${id}`)),
    ].filter(([, s]) => ANY_REFERENCE.test(s));
    expect(found).toEqual([]);
    // The text is still there, readable, in the properties it was typed for.
    expect(template.Description).toContain('{ {resolve:ssm:/prod/db/password}}');
  });

  it('the pipeline (in metadata, which CloudFormation does not resolve) still imports back exactly', () => {
    const r = importCloudFormation(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.pipeline).toEqual(pipeline);
  });

  it('the CDK app passes no dynamic reference either', () => {
    for (const [path, code] of Object.entries(exportCdkApp(pipeline).files).filter(([p]) => p.endsWith('-stack.ts'))) {
      const lines = code.split('\n').filter((l) => ANY_REFERENCE.test(l));
      expect(lines, path).toEqual([]);
    }
  });
});
