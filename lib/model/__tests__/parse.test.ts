import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, parsePipeline, parsePipelineText, problemToString, serializePipeline } from '..';
import { arbitraryPipeline } from '../testing/arbitrary-pipeline';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const base = (extra: Record<string, unknown> = {}) => ({ format: 'sluice.pipeline', version: 1, name: 'p', nodes: [], edges: [], ...extra });
const messages = (raw: unknown) => {
  const r = parsePipeline(raw);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map(problemToString);
};

describe('the pipeline file format', () => {
  it('accepts the example from the format documentation and fills defaults', () => {
    const r = parsePipeline(
      base({
        name: 'clickstream-analytics',
        nodes: [
          { id: 'clicks', kind: 'kinesis-stream', name: 'Click events', position: { x: 0, y: 0 }, config: { shardCount: 2, retentionHours: 24, traffic: { recordsPerSecond: 1500, avgRecordBytes: 800 } } },
          { id: 'enrich', kind: 'lambda-function', name: 'Enrich' },
        ],
        edges: [{ id: 'e1', source: 'clicks', target: 'enrich', config: { batchSize: 500, startingPosition: 'LATEST' } }],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [clicks, enrich] = r.pipeline.nodes;
    expect(clicks.kind === 'kinesis-stream' && clicks.config.traffic).toEqual({ recordsPerSecond: 1500, avgRecordBytes: 800, pattern: 'constant', poisonRecordRate: 0, hotKeyShare: 0 });
    expect(enrich.kind === 'lambda-function' && enrich.config).toMatchObject({ runtime: 'nodejs22.x', memoryMb: 128, timeoutSeconds: 3, stateful: false });
    expect(r.pipeline.edges[0].config).toEqual({ role: 'data', batchSize: 500, startingPosition: 'LATEST' });
  });

  it('every example file is a valid pipeline that survives a save and reload unchanged', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sluice.json'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) {
      const r = parsePipelineText(readFileSync(join(EXAMPLES, f), 'utf8'));
      expect(r.ok, `${f}: ${r.ok ? '' : r.problems.map(problemToString).join('\n')}`).toBe(true);
      if (!r.ok) continue;
      const again = parsePipelineText(serializePipeline(r.pipeline));
      expect(again.ok && again.pipeline).toEqual(r.pipeline);
    }
  });

  it('names the place and the value of a wrong type', () => {
    expect(messages(base({ nodes: [{ id: 'a', kind: 'sqs-queue', name: 'A' }, { id: 'b', kind: 'sqs-queue', name: 'B' }, { id: 'c', kind: 'sqs-queue', name: 'C' }, { id: 'f', kind: 'lambda-function', name: 'F', config: { timeoutSeconds: 'abc' } }] }))).toEqual([
      'nodes[3].config.timeoutSeconds: expected a number, got "abc"',
    ]);
  });

  it('refuses unknown fields, suggesting the likely one', () => {
    expect(messages(base({ nodes: [{ id: 'f', kind: 'lambda-function', name: 'F', config: { timeoutSecs: 3 } }] }))).toEqual([
      'nodes[0].config: unknown field "timeoutSecs" (did you mean "timeoutSeconds"?)',
    ]);
    expect(messages(base({ colour: 'red' }))).toEqual(['unknown field "colour"']);
  });

  it('refuses an unknown kind and suggests a close one', () => {
    expect(messages(base({ nodes: [{ id: 'f', kind: 'lambda-fuction', name: 'F' }] }))).toEqual([
      'nodes[0].kind: unknown kind "lambda-fuction" (did you mean "lambda-function"?); see `sluice schema` for the list',
    ]);
  });

  it('reports out-of-range values with the limit and the value', () => {
    expect(messages(base({ nodes: [{ id: 'f', kind: 'lambda-function', name: 'F', config: { memoryMb: 64 } }] }))).toEqual([
      'nodes[0].config.memoryMb: must be at least 128, got 64',
    ]);
    expect(messages(base({ nodes: [{ id: 's', kind: 'kinesis-stream', name: 'S', config: { traffic: { pattern: 'bursty' } } }] }))).toEqual([
      'nodes[0].config.traffic.pattern: expected "constant" | "spike" | "diurnal", got "bursty"',
    ]);
  });

  it('checks ids: unique, well-formed, and edges that name existing nodes', () => {
    expect(messages(base({ nodes: [{ id: 'a', kind: 'sqs-queue', name: 'A' }, { id: 'a', kind: 'sqs-queue', name: 'B' }] }))).toEqual([
      'nodes[1].id: duplicate node id "a" (also nodes[0])',
    ]);
    expect(messages(base({ nodes: [{ id: 'a', kind: 'sqs-queue', name: 'A' }], edges: [{ id: 'e', source: 'a', target: 'ghost' }] }))).toEqual([
      'edges[0].target: no node has the id "ghost"',
    ]);
    expect(messages(base({ nodes: [{ id: 'has space', kind: 'sqs-queue', name: 'A' }] }))).toEqual([
      'nodes[0].id: an id is 1 to 64 letters, digits, _ or -, starting with a letter or digit, got "has space"',
    ]);
  });

  it('says where JSON syntax is broken', () => {
    const r = parsePipelineText('{\n  "format": "sluice.pipeline",\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/^not valid JSON at line 3, column \d+/);
    const empty = parsePipelineText('   ');
    expect(!empty.ok && empty.problems[0].message).toBe('the file is empty: expected a JSON pipeline document');
  });

  it('refuses files that are not pipelines, or from a newer Sluice', () => {
    expect(messages({ hello: 'world' })).toEqual(['format: expected "sluice.pipeline", got nothing: this is not a Sluice pipeline file']);
    expect(messages([1, 2])).toEqual(['expected a pipeline document (a JSON object), got a list']);
    expect(messages(base({ version: 7 }))).toEqual([
      `version: this file is version 7, written by a newer Sluice; this one reads versions up to ${CURRENT_VERSION}. Upgrade Sluice to open it.`,
    ]);
  });

  it('property: a random valid pipeline serialises and parses back to itself', () => {
    fc.assert(
      fc.property(arbitraryPipeline(), (p) => {
        const again = parsePipelineText(serializePipeline(p));
        expect(again.ok && again.pipeline).toEqual(p);
      }),
      { numRuns: 60 },
    );
  });

  it('property: arbitrary JSON never throws, it is accepted or explained', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parsePipeline(value);
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parsePipelineText(text);
        if (!r.ok) expect(r.problems.every((p) => p.message.length > 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
