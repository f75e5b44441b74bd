import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleEvent, sampleEventsOf, samplePayload } from '../../../events';
import { buildGraph, PipelineBuilder, type NodeOfKind, type Pipeline } from '../../../model';
import { handlerSource } from '../index';
import { jsStr, pyStr } from '../literals';
import { DIR, run } from './harness-support';

const fnOf = (p: Pipeline, id = 'fn') => {
  const graph = buildGraph(p);
  return { graph, fn: graph.node(id) as NodeOfKind<'lambda-function'> };
};

function writeHandler(p: Pipeline, name: string): { module: string; entry: string; language: 'python' | 'node' } {
  const { graph, fn } = fnOf(p);
  const source = handlerSource(graph, fn)!;
  const dir = join(DIR, 'named', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, source.fileName), source.code);
  return { module: join(dir, source.fileName), entry: fn.config.handler.split('.')[1], language: source.language };
}

describe('one function invoked several ways', () => {
  for (const runtime of ['python3.12', 'nodejs24.x']) {
    it(`${runtime}: each event goes to its own parser`, () => {
      const p = new PipelineBuilder('many')
        .node('q', 'sqs-queue').node('k', 'kinesis-stream').node('b', 's3-bucket').node('t', 'schedule').node('api', 'api-gateway').node('fh', 'firehose')
        .node('fn', 'lambda-function', { runtime, handler: 'app.main' }).node('out', 'dynamodb-table')
        .edge('q', 'fn', { reportBatchItemFailures: true }).edge('k', 'fn').edge('b', 'fn').edge('t', 'fn').edge('api', 'fn').edge('fh', 'fn').edge('fn', 'out')
        .build();
      const { graph } = fnOf(p);
      const file = writeHandler(p, `many-${runtime}`);
      expect(file.module.endsWith(runtime.startsWith('python') ? 'app.py' : 'app.js')).toBe(true);
      const samples = sampleEventsOf(graph, 'fn');
      const out = run(file.language, samples.map((s) => ({ module: file.module, entry: file.entry, event: s.event })));
      // 3 SQS + 3 Kinesis records, 1 object, 1 tick, 1 request, 3 Firehose records: each written once to the table.
      expect(out.map((o) => [o.raised, o.written.length])).toEqual([[null, 3], [null, 3], [null, 1], [null, 1], [null, 1], [null, 3]]);
      expect(out[0].result).toEqual({ batchItemFailures: [] });
      expect(out[4].result?.statusCode).toBe(200);
      expect(out[5].result?.records.map((r: { result: string }) => r.result)).toEqual(['Ok', 'Ok', 'Ok']);
    });
  }
});

describe('mappings of one kind, only some reporting item failures', () => {
  for (const runtime of ['python3.13', 'nodejs22.x']) {
    it(`${runtime}: item failures for the listed source, the whole batch for the other`, () => {
      const p = new PipelineBuilder('mixed').node('a', 'sqs-queue').node('b', 'sqs-queue').node('fn', 'lambda-function', { runtime }).node('out', 's3-bucket')
        .edge('a', 'fn', { reportBatchItemFailures: true }).edge('b', 'fn').edge('fn', 'out').build();
      const graph = buildGraph(p);
      const file = writeHandler(p, `mixed-${runtime}`);
      const poisoned = (edgeId: string) => {
        const s = sampleEvent(graph, edgeId, { payloads: [samplePayload(0), { id: 'poison' }, samplePayload(2)] });
        if ('error' in s) throw new Error(s.error);
        return s.event as { Records: { messageId: string }[] };
      };
      const [a, b] = [poisoned('a-fn'), poisoned('b-fn')];
      // What the export sets: the ARN of queue a only (arn:aws:sqs:us-east-1:123456789012:a in the samples).
      const env = { SLUICE_ITEM_FAILURE_SOURCES: 'arn:aws:sqs:us-east-1:123456789012:a' };
      const [fromA, fromB] = run(file.language, [{ ...file, event: a, env }, { ...file, event: b, env }]);
      expect(fromA.result).toEqual({ batchItemFailures: [{ itemIdentifier: a.Records[1].messageId }] });
      expect(fromA.written.map((w) => w[1])).toEqual([a.Records[0].messageId, a.Records[2].messageId]);
      expect(fromB.raised).toContain('poison');
      expect(fromB.written.map((w) => w[1])).toEqual([b.Records[0].messageId]);
    });
  }
});

describe('hostile names and prefixes stay text', () => {
  const HOSTILE = 'x"""\n\'\'\'`${process.exit(1)}`\\\u2028\u2029 */ # -- 🌊\r\nimport os; os.system("echo pwned")';

  it('string literals evaluate back to the exact text in Python and JavaScript', () => {
    expect(new Function(`return ${jsStr(HOSTILE)};`)()).toBe(HOSTILE);
    const py = execFileSync('python3', ['-c', `import ast,sys,json; sys.stdout.write(json.dumps(ast.literal_eval(sys.stdin.read())))`], { input: pyStr(HOSTILE), encoding: 'utf8' });
    expect(JSON.parse(py)).toBe(HOSTILE);
  });

  for (const runtime of ['python3.13', 'nodejs22.x']) {
    it(`${runtime}: a hostile function name and write prefix give code that loads and runs`, () => {
      const p = new PipelineBuilder(HOSTILE).node('src', 'sqs-queue', {}, HOSTILE).node('fn', 'lambda-function', { runtime }, HOSTILE).node('out', 's3-bucket', {}, HOSTILE)
        .edge('src', 'fn', { reportBatchItemFailures: true }).edge('fn', 'out', { writePrefix: HOSTILE }).build();
      const file = writeHandler(p, `hostile-${runtime}`);
      const [s] = sampleEventsOf(buildGraph(p), 'fn');
      const [o] = run(file.language, [{ module: file.module, entry: file.entry, event: s.event }]);
      expect(o.raised).toBeNull();
      expect(o.written).toHaveLength(3);
      const code = handlerSource(buildGraph(p), fnOf(p).fn)!.code;
      expect(code).not.toContain('pwned")');
      expect(code).not.toMatch(/[\u2028\u2029\r]/);
    });
  }

  it('a handler name the skeleton would shadow keeps the package instead', () => {
    const make = (runtime: string, handler: string) => {
      const p = new PipelineBuilder().node('fn', 'lambda-function', { runtime, handler }).build();
      const { graph, fn } = fnOf(p);
      return handlerSource(graph, fn);
    };
    expect(make('python3.13', 'index.process_item')).toBeUndefined();
    expect(make('python3.13', 'json.handler')).toBeUndefined();
    expect(make('python3.13', '../etc.handler')).toBeUndefined();
    expect(make('nodejs22.x', 'index.WRITERS')).toBeUndefined();
    expect(make('java21', 'index.handler')).toBeUndefined();
    expect(make('nodejs22.x', 'src.main')?.fileName).toBe('src.js');
  });
});
