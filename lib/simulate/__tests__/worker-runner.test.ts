import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { simulate } from '..';
import { createWorkerRunner } from '../worker-runner';
import type { WorkerToMain } from '../worker-protocol';

const pipeline = new PipelineBuilder('worker')
  .node('q', 'sqs-queue', { traffic: { recordsPerSecond: 50, poisonRecordRate: 0.01 } })
  .node('f', 'lambda-function')
  .edge('q', 'f')
  .build();
const options = { seconds: 600, stepSeconds: 1, seed: 4 };

/** A runner whose "later" queue the test drains by hand. */
function harness() {
  const posted: WorkerToMain[] = [];
  const pending: (() => void)[] = [];
  const runner = createWorkerRunner((m) => posted.push(m), (next) => pending.push(next));
  const drain = (max = Infinity) => {
    for (let i = 0; i < max && pending.length > 0; i++) pending.shift()!();
  };
  return { posted, runner, drain };
}

describe('simulation worker protocol', () => {
  it('posts rising progress, then the same result as simulate()', () => {
    const { posted, runner, drain } = harness();
    runner.handle({ type: 'run', runId: 'a', pipeline, options });
    drain();
    const progress = posted.filter((m) => m.type === 'progress').map((m) => (m as { fraction: number }).fraction);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(50);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
    const last = posted.at(-1)!;
    expect(last.type).toBe('result');
    expect(last.type === 'result' && JSON.stringify(last.result)).toBe(JSON.stringify(simulate(pipeline, options)));
  });

  it('stops on cancel and never posts a result for that run', () => {
    const { posted, runner, drain } = harness();
    runner.handle({ type: 'run', runId: 1, pipeline, options });
    drain(10);
    runner.handle({ type: 'cancel', runId: 1 });
    drain();
    expect(posted.some((m) => m.type === 'result')).toBe(false);
    expect(posted.filter((m) => m.type === 'progress').length).toBeLessThanOrEqual(11);
  });

  it('a new run replaces the one in progress', () => {
    const { posted, runner, drain } = harness();
    runner.handle({ type: 'run', runId: 1, pipeline, options });
    drain(3);
    runner.handle({ type: 'run', runId: 2, pipeline, options: { ...options, seconds: 60 } });
    drain();
    expect(posted.filter((m) => m.type === 'result').map((m) => m.runId)).toEqual([2]);
  });

  it('answers bad options with an error naming the limit', () => {
    const { posted, runner } = harness();
    runner.handle({ type: 'run', runId: 'x', pipeline, options: { ...options, stepSeconds: 0 } });
    expect(posted).toEqual([{ type: 'error', runId: 'x', message: 'stepSeconds must be between 0.1 and 60, got 0' }]);
  });
});
