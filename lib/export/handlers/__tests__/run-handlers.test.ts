import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleEvent, samplePayload } from '../../../events';
import { triggerCases, type TriggerCase } from '../../../events/testing/trigger-pipelines';
import { buildGraph, type NodeOfKind } from '../../../model';
import { handlerSource } from '../index';
import { handlerPlan } from '../plan';
import { DIR, run, type Job, type Outcome, type Rec } from './harness-support';

/**
 * Runs every generated handler for real (python3 and node), against the sample events of its
 * connection with the writes stubbed: one record of each batch is poison (its stubbed write
 * throws). The skeleton must report exactly that record as an item failure and process the
 * others, or fail the whole batch where the mapping does not report item failures.
 */
const POISON = { id: 'poison', poison: true };
const BATCH = new Set(['sqs', 'kinesis', 'dynamodb']);

function write(c: TriggerCase, language: 'python' | 'node'): { module: string; entry: string } {
  const graph = buildGraph(c.pipeline);
  const source = handlerSource(graph, graph.node('fn') as NodeOfKind<'lambda-function'>);
  if (!source) throw new Error(`no handler for ${c.name}`);
  const dir = join(DIR, language, c.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, source.fileName), source.code);
  return { module: join(dir, source.fileName), entry: 'handler' };
}

function event(c: TriggerCase, payloads: unknown[]): Rec {
  const s = sampleEvent(buildGraph(c.pipeline), c.edgeId, { payloads });
  if ('error' in s) throw new Error(s.error);
  return s.event as Rec;
}

function recordIds(family: string, e: Rec): string[] {
  return e.Records.map((r: Rec) => (family === 'sqs' ? r.messageId : family === 'kinesis' ? r.kinesis.sequenceNumber : r.dynamodb.SequenceNumber));
}

for (const language of ['python', 'node'] as const) {
  describe(`generated ${language} handlers, run with ${language === 'python' ? 'python3' : 'node'}`, () => {
    const cases = triggerCases(language === 'python' ? 'python3.13' : 'nodejs22.x');
    const jobs: Job[] = [];
    const checks: { name: string; index: number; check: (o: Outcome) => void }[] = [];
    for (const c of cases) {
      const file = write(c, language);
      const plan = handlerPlan(buildGraph(c.pipeline), buildGraph(c.pipeline).node('fn') as NodeOfKind<'lambda-function'>);
      const reports = plan.families[0].reportsItemFailures;
      const add = (label: string, job: Omit<Job, 'module' | 'entry'>, check: (o: Outcome) => void) => {
        checks.push({ name: `${c.name}: ${label}`, index: jobs.length, check });
        jobs.push({ ...file, ...job });
      };
      if (c.family === 'firehose') {
        // Firehose wants every recordId back: the poison one ProcessingFailed (its original data, for the
        // error output), the others Ok with their data re-encoded as one JSON line each; nothing raises.
        // https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html
        const e = event(c, [samplePayload(0), POISON, samplePayload(2)]);
        const ids = e.records.map((r: Rec) => r.recordId);
        add('a poison record among three', { event: e }, (o) => {
          expect(o.raised).toBeNull();
          expect(o.result?.batchItemFailures).toBeUndefined();
          expect(o.result?.records.map((r: Rec) => [r.recordId, r.result])).toEqual([[ids[0], 'Ok'], [ids[1], 'ProcessingFailed'], [ids[2], 'Ok']]);
          expect(o.result?.records[1].data).toBe(e.records[1].data);
          const lines = o.result?.records.map((r: Rec) => Buffer.from(r.data, 'base64').toString('utf8'));
          expect(lines[0]).toBe(`${JSON.stringify(samplePayload(0))}\n`);
          expect(JSON.parse(lines[2])).toEqual(samplePayload(2));
          expect(o.written.map((w) => w[1])).toEqual([ids[0], ids[2]]);
        });
        add('a clean batch', { event: event(c, [samplePayload(0), samplePayload(1)]) }, (o) => {
          expect(o.raised).toBeNull();
          expect(o.result?.records.map((r: Rec) => r.result)).toEqual(['Ok', 'Ok']);
          expect(o.written).toHaveLength(2);
          checkItem(c, o.written[0][2]);
        });
      } else if (BATCH.has(c.family)) {
        const e = event(c, [samplePayload(0), POISON, samplePayload(2)]);
        const ids = recordIds(c.family, e);
        const writtenIds = (o: Outcome) => o.written.map((w) => w[1]);
        add('a poison record among three', { event: e }, (o) => {
          if (!reports) {
            // Whole batch: the handler fails the invocation; the record before the poison was processed.
            expect(o.raised).toContain('poison');
            expect(writtenIds(o)).toEqual([ids[0]]);
          } else if (c.family === 'sqs' && c.name === 'sqs-fifo') {
            // FIFO: the poison message and every later one are returned, so the group keeps its order.
            expect(o.result?.batchItemFailures).toEqual([{ itemIdentifier: ids[1] }, { itemIdentifier: ids[2] }]);
            expect(writtenIds(o)).toEqual([ids[0]]);
          } else if (c.family === 'sqs') {
            expect(o.result?.batchItemFailures).toEqual([{ itemIdentifier: ids[1] }]);
            expect(writtenIds(o)).toEqual([ids[0], ids[2]]);
          } else {
            // A stream: report the poison record and stop; Lambda retries from it.
            expect(o.result?.batchItemFailures).toEqual([{ itemIdentifier: ids[1] }]);
            expect(writtenIds(o)).toEqual([ids[0]]);
          }
          expect(o.raised === null).toBe(reports);
        });
        add('a clean batch', { event: event(c, [samplePayload(0), samplePayload(1)]) }, (o) => {
          expect(o.raised).toBeNull();
          expect(o.result?.batchItemFailures).toEqual([]);
          expect(o.written).toHaveLength(2);
          checkItem(c, o.written[0][2]);
        });
      } else {
        const poison = c.family === 'schedule' ? { event: event(c, []), fail: true } : { event: event(c, [POISON]) };
        add('a poison event', poison, (o) => {
          if (c.family.startsWith('api')) {
            expect(o.result?.statusCode).toBe(500);
            expect(o.raised).toBeNull();
          } else expect(o.raised).toContain('poison');
          expect(o.written).toEqual([]);
        });
        add('a clean event', { event: event(c, [samplePayload(0)]) }, (o) => {
          expect(o.raised).toBeNull();
          if (c.family.startsWith('api')) expect(o.result?.statusCode).toBe(200);
          expect(o.written).toHaveLength(1);
          checkItem(c, o.written[0][2]);
        });
      }
    }
    let outcomes: Outcome[] | undefined;
    for (const { name, index, check } of checks) {
      it(name, () => {
        outcomes ??= run(language, jobs);
        check(outcomes[index]);
      });
    }
  });
}

/** What process_item received: the payload decoded (base64, attribute values, URL-encoded keys, envelopes). */
function checkItem(c: TriggerCase, item: Rec): void {
  const first = samplePayload(0);
  if (['sqs-s3', 'sqs-sns-s3', 'sns-s3'].includes(c.name)) expect(item.key).toBe('incoming/2026-12-06/item-1 sample.json');
  else if (c.family === 's3') expect(item.key).toBe('uploads/incoming/2026-12-06/item-1 sample.csv');
  else if (c.family === 'dynamodb') {
    expect(item.keys.pk).toBe('item-1');
    expect(item.eventName).toBe('INSERT');
    if (c.name.endsWith('new_image') || c.name.endsWith('new_and_old_images')) expect(String(item.new.quantity)).toBe('1');
    else expect(item.new).toBeNull();
  } else if (c.family === 'schedule') expect(item).toEqual({ time: '2026-12-06T12:00:00Z', rule: 'arn:aws:events:us-east-1:123456789012:rule/src' });
  else expect(item).toEqual(first);
}
