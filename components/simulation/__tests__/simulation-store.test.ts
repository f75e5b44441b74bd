import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '@/lib/model';
import { createSimulationRunner } from '../simulation-runner';
import { createSimulationStore } from '../simulation-store';
import type { MainToWorker, WorkerToMain } from '../simulation-types';
import { fakeResult } from './fake-result';

const pipeline = new PipelineBuilder('t').node('queue', 'sqs-queue').build();
const result = fakeResult({ samples: 5, step: 10, nodes: { queue: {} } });

describe('simulation store', () => {
  it('takes progress and the result only from the run in progress', () => {
    const store = createSimulationStore();
    store.getState().started(1);
    store.getState().started(2);
    store.getState().progressed(1, 0.9);
    expect(store.getState().status).toEqual({ state: 'running', runId: 2, fraction: 0 });
    store.getState().finished(1, result, pipeline);
    expect(store.getState().result).toBeNull();
    store.getState().progressed(2, 0.5);
    store.getState().finished(2, result, pipeline);
    expect(store.getState().status).toEqual({ state: 'idle' });
    expect(store.getState().result).toBe(result);
    expect(store.getState().resultPipeline).toBe(pipeline);
  });

  it('ignores a late result after a cancel', () => {
    const store = createSimulationStore();
    store.getState().started(1);
    store.getState().cancelled();
    store.getState().finished(1, result, pipeline);
    expect(store.getState().result).toBeNull();
    expect(store.getState().status.state).toBe('cancelled');
  });

  it('forgets the result and the playback time when another pipeline opens', () => {
    const store = createSimulationStore();
    store.getState().started(1);
    store.getState().finished(1, result, pipeline);
    store.getState().seek(30);
    store.getState().forget();
    expect(store.getState()).toMatchObject({ result: null, resultPipeline: null, status: { state: 'idle' } });
    expect(store.getState().clock.time).toBe(0);
  });

  it('plays through the samples of the result and stops at the end', () => {
    const store = createSimulationStore();
    store.getState().started(1);
    store.getState().finished(1, result, pipeline);
    store.getState().setSpeed(10);
    store.getState().play();
    store.getState().tick(2000);
    expect(store.getState().clock.time).toBe(20);
    store.getState().tick(10_000);
    expect(store.getState().clock).toMatchObject({ time: 40, playing: false });
    store.getState().seek(15);
    store.getState().stepOnce();
    expect(store.getState().clock.time).toBe(20);
  });

  it('does not play without a result', () => {
    const store = createSimulationStore();
    store.getState().play();
    expect(store.getState().clock.playing).toBe(false);
  });
});

/** A stand-in for the worker: records what it was sent and lets the test answer. */
class FakeWorker extends EventTarget {
  sent: MainToWorker[] = [];
  terminated = false;
  postMessage(message: MainToWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: WorkerToMain) {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

describe('simulation runner', () => {
  const setup = () => {
    const store = createSimulationStore();
    const workers: FakeWorker[] = [];
    const runner = createSimulationRunner(store, () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    return { store, workers, runner };
  };

  it('sends the run to a worker and stores its progress and result', () => {
    const { store, workers, runner } = setup();
    runner.run(pipeline, { seconds: 40, stepSeconds: 10, seed: 3, series: true });
    const [w] = workers;
    expect(w.sent).toEqual([{ type: 'run', runId: 1, pipeline, options: { seconds: 40, stepSeconds: 10, seed: 3, series: true } }]);
    w.reply({ type: 'progress', runId: 1, fraction: 0.25 });
    expect(store.getState().status).toEqual({ state: 'running', runId: 1, fraction: 0.25 });
    w.reply({ type: 'result', runId: 1, result });
    expect(store.getState().result).toBe(result);
    expect(store.getState().resultPipeline).toBe(pipeline);
  });

  it('cancels by telling the worker and ending it', () => {
    const { store, workers, runner } = setup();
    runner.run(pipeline, { seconds: 40, stepSeconds: 10, seed: 3 });
    runner.cancel();
    expect(workers[0].sent[1]).toEqual({ type: 'cancel', runId: 1 });
    expect(workers[0].terminated).toBe(true);
    expect(store.getState().status.state).toBe('cancelled');
  });

  it('starts each run in a fresh worker and shows the worker error', () => {
    const { store, workers, runner } = setup();
    runner.run(pipeline, { seconds: 40, stepSeconds: 10, seed: 3 });
    runner.run(pipeline, { seconds: 40, stepSeconds: 10, seed: 4 });
    expect(workers[0].terminated).toBe(true);
    workers[1].reply({ type: 'error', runId: 2, message: 'The pipeline has no sources.' });
    expect(store.getState().status).toEqual({ state: 'failed', message: 'The pipeline has no sources.' });
  });
});
