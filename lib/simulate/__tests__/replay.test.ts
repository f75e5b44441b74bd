import { describe, expect, it } from 'vitest';
import { PipelineBuilder } from '../../model';
import { simulate } from '..';
import { nodeFiguresAt, nodeFigureSeries, sampleIndexAt, sampleSeconds } from '../replay';

describe('replay: the figures a node shows at a tick', () => {
  // An SQS queue with 100 messages/s and nothing reading it, for 3 h at 1 s steps: 10,800 steps
  // kept in at most 2,000 points, so ceil(10,800 / 2,000) = 6 steps a point: 1,800 points.
  // Each point then holds 600 messages received: 100/s, not 600/s (the point lasts 6 s).
  const p = new PipelineBuilder('queue').node('q', 'sqs-queue', { traffic: { recordsPerSecond: 100 } }).build();
  const r = simulate(p, { seconds: 3 * 3600, stepSeconds: 1, seed: 1, series: true });

  it('a flow is a rate over the point it belongs to, whatever the downsampling', () => {
    const times = r.series!.time;
    expect(times).toHaveLength(1800);
    expect(sampleSeconds(times, 10, 1)).toBe(6);
    const f = nodeFiguresAt(r, 'q', 10)!;
    expect(r.series!.nodes.q.received[10]).toBe(600);
    expect(f.inPerSecond).toBe(100);
    expect(f.outPerSecond).toBe(0);
    // The backlog at the end of point 10 (66 s): 6,600 messages waiting.
    expect(f.backlog).toBe(6600);
  });

  it('at a playback time, the last sample at or before it', () => {
    const times = r.series!.time;
    // 15 min = 900 s is the end of point 149 (6 s each): shown at 900 s and until 905.9 s.
    expect(sampleIndexAt(times, 900)).toBe(149);
    expect(sampleIndexAt(times, 905.9)).toBe(149);
    expect(nodeFiguresAt(r, 'q', sampleIndexAt(times, 900))!.backlog).toBe(90_000);
  });

  it('a series of one figure is that figure at every sample (what a chart draws)', () => {
    const inRate = nodeFigureSeries(r, 'q', 'inPerSecond');
    expect(inRate).toHaveLength(1800);
    expect(new Set(inRate)).toEqual(new Set([100]));
    expect(nodeFigureSeries(r, 'q', 'backlog').at(-1)).toBe(1_080_000);
  });

  it('clamps the index to the run and says nothing for a node without series', () => {
    expect(nodeFiguresAt(r, 'q', 99_999)!.backlog).toBe(1_080_000);
    expect(nodeFiguresAt(r, 'q', -4)!.backlog).toBe(600);
    expect(nodeFiguresAt(r, 'ghost', 0)).toBeUndefined();
  });
});
