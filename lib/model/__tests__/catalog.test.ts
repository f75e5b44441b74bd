import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allKinds, CATALOG, CATEGORY_LABELS, defaultConfig, KIND_IDS, kindsByCategory, pipelineJsonSchema } from '..';

describe('the catalog', () => {
  it('has one definition per kind id, each with label, categories, icon, docs and a strict schema', () => {
    expect(Object.keys(CATALOG).sort()).toEqual([...KIND_IDS].sort());
    for (const kind of allKinds()) {
      expect(kind.label.length).toBeGreaterThan(0);
      expect(kind.categories.length).toBeGreaterThan(0);
      expect(kind.icon.glyph.length).toBeGreaterThan(0);
      expect(kind.docsUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(kind.configSchema.safeParse({ notAField: 1 }).success).toBe(false);
      expect(() => defaultConfig(kind.id)).not.toThrow();
    }
  });

  it('gives every kind a badge of its own that is not its section heading (the Glue job read "ETL", like its section)', () => {
    const glyphs = allKinds().map((k) => k.icon.glyph);
    expect(new Set(glyphs).size).toBe(glyphs.length);
    for (const kind of allKinds()) for (const c of kind.categories) expect(kind.icon.glyph.toUpperCase()).not.toBe(CATEGORY_LABELS[c].toUpperCase());
  });

  it('has the config fields the format promises', () => {
    const fields = (id: keyof typeof CATALOG) => Object.keys(CATALOG[id].configSchema.shape);
    expect(fields('lambda-function')).toEqual(expect.arrayContaining(['runtime', 'memoryMb', 'timeoutSeconds', 'reservedConcurrency', 'handler', 'stateful', 'expectedRunSeconds', 'durationMsPerInvocation', 'durationMsPerRecord', 'errorRate']));
    for (const source of ['kinesis-stream', 'dynamodb-table', 'sqs-queue', 'sns-topic', 's3-bucket', 'iot-rule', 'api-gateway'] as const) {
      expect(fields(source)).toContain('traffic');
    }
    expect(fields('kinesis-stream')).toEqual(expect.arrayContaining(['shardCount', 'mode', 'retentionHours']));
    expect(fields('dynamodb-table')).toContain('streamEnabled');
    expect(fields('sqs-queue')).toEqual(expect.arrayContaining(['fifo', 'visibilityTimeoutSeconds', 'retentionSeconds', 'maxReceiveCount']));
    expect(fields('s3-bucket')).toContain('partitionKeys');
    expect(fields('glue-crawler')).toContain('schedule');
    expect(fields('glue-job')).toEqual(expect.arrayContaining(['jobType', 'engine', 'language', 'trigger', 'workerType', 'numberOfWorkers', 'encryptionAtRest', 'encryptionInTransit']));
    expect(fields('schedule')).toContain('expression');
  });

  it('numeric config fields carry their unit in the name', () => {
    const unitless = new Set(['shardCount', 'numberOfWorkers', 'instanceCount', 'numberOfNodes', 'maxReceiveCount', 'reservedConcurrency', 'errorRate', 'asyncMaxRetries', 'maxRetries', 'streamShardCount', 'recordsPerSecondPerDpu', 'maxIndexRecordsPerSecond', 'maxLoadRecordsPerSecond', 'secondsPerObject', 'taskInstanceCount', 'hotKeyShare', 'messageGroupCount', 'readCapacityUnits', 'writeCapacityUnits']);
    type JsonSchema = { type?: string; properties?: Record<string, JsonSchema> };
    const numericKeys = (schema: JsonSchema, prefix = ''): string[] =>
      Object.entries(schema.properties ?? {}).flatMap(([key, s]) =>
        s.type === 'object' ? numericKeys(s, `${prefix}${key}.`) : s.type === 'number' || s.type === 'integer' ? [`${prefix}${key}`] : [],
      );
    let checked = 0;
    for (const kind of allKinds()) {
      for (const path of numericKeys(z.toJSONSchema(kind.configSchema, { io: 'input' }) as JsonSchema)) {
        const key = path.split('.').pop()!;
        checked++;
        if (unitless.has(key)) continue;
        expect(key, `${kind.id}.${path}`).toMatch(/(Seconds|Minutes|Hours|Days|Mb|Gb|Kib|Bytes|PerSecond|PerInvocation|PerRecord|Rate)$/);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('groups kinds by category for the palette, each kind once', () => {
    const ids = kindsByCategory().flatMap((g) => g.kinds.map((k) => k.id));
    expect(ids.sort()).toEqual([...KIND_IDS].sort());
  });

  it('generates a JSON Schema that names every kind', () => {
    const text = JSON.stringify(pipelineJsonSchema());
    for (const id of KIND_IDS) expect(text).toContain(`"const":"${id}"`);
    expect(text).toContain('"additionalProperties":false');
  });
});
