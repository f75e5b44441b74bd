import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PipelineBuilder, type PipelineEdge } from '../../model';
import { simulate } from '..';
import { ShardedLog } from '../mechanisms/sharded-log';
import { NodeCounters } from '../node-counters';
import { CohortQueue, firstPoisonIndex, poisonInFront } from '../cohort-queue';
import { ln, sin } from '../deterministic-math';
import { createRng } from '../random';
import { civilFromDays, firingsBetween, parseSchedule } from '../schedule-expression';
import { expectedRecords, TrafficSource } from '../traffic-source';

describe('CohortQueue', () => {
  it('keeps cohorts in order while it grows past its first capacity', () => {
    const q = new CohortQueue(2);
    q.push(1, 0, 0);
    q.take(1, 0);
    for (let t = 1; t <= 40; t++) q.push(t, 0, t, t % 3, t + 30);
    const seen: number[][] = [];
    q.forEach((c, _p, t, tag, due) => seen.push([c, t, tag, due]));
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => [i + 1, i + 1, (i + 1) % 3, i + 31]));
    expect(q.count).toBe((40 * 41) / 2);
  });

  it('spreads poison records evenly: the first of p among n sits at n/(p+1)', () => {
    expect(firstPoisonIndex(100, 1)).toBe(50);
    expect(poisonInFront(100, 1, 50)).toBe(0);
    expect(poisonInFront(100, 1, 51)).toBe(1);
    expect(poisonInFront(10, 10, 4)).toBe(4);
    const q = new CohortQueue();
    q.push(200, 1, 0);
    expect(q.cleanRun(1000)).toBe(100);
    expect(q.take(100, 0)).toBe(0);
    expect(q.take(100, 0)).toBe(1);
  });
});

describe('deterministic maths', () => {
  it('ln and sin agree with Math to 1e-12', () => {
    for (const x of [1e-300, 1e-9, 0.25, 0.9995, 1, 2, 3.5, 1e6, 1e300]) expect(ln(x)).toBeCloseTo(Math.log(x), 9);
    for (let x = -20; x <= 20; x += 0.37) expect(Math.abs(sin(x) - Math.sin(x))).toBeLessThan(1e-12);
  });

  it('a seeded stream repeats, and tiny probabilities never hang', () => {
    const a = createRng(5, 'n1');
    const b = createRng(5, 'n1');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(createRng(5, 'n2').next()).not.toBe(createRng(5, 'n1').next());
    const r = createRng(1, 'x');
    expect(r.binomial(35_000, 1e-226)).toBe(0);
    expect(r.binomial(100, 1)).toBe(100);
    let total = 0;
    for (let i = 0; i < 2000; i++) total += r.binomial(1000, 0.3);
    expect(total / 2000).toBeCloseTo(300, 0);
  });
});

describe('schedule expressions', () => {
  it('parses rate and cron, and says why it cannot', () => {
    expect(parseSchedule('rate(5 minutes)')).toEqual({ ok: true, schedule: { kind: 'rate', seconds: 300 } });
    expect(parseSchedule('rate(1 day)').ok).toBe(true);
    expect(parseSchedule('cron(0 12 * * ? *)').ok).toBe(true);
    expect(parseSchedule('cron(0 18 ? * MON-FRI *)').ok).toBe(true);
    expect(parseSchedule('cron(0 12 L * ? *)')).toMatchObject({ ok: false });
    expect(parseSchedule('every day')).toMatchObject({ ok: false, reason: expect.stringContaining('neither rate(...) nor cron(...)') });
    expect(parseSchedule('cron(0 25 * * ? *)')).toMatchObject({ ok: false });
    // One parser with the validator (lib/model): EventBridge refuses rate(1 minutes), so the
    // simulator no longer fires it (before, the simulator accepted what the validator refused).
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
    expect(parseSchedule('rate(1 minutes)')).toEqual({ ok: false, reason: 'rate(1 minutes) must use the singular: rate(1 minute)' });
  });

  it('counts firings: daily at 03:00, weekdays only, the first of the month', () => {
    const at = (e: string, from: number, to: number) => {
      const p = parseSchedule(e);
      if (!p.ok) throw new Error(p.reason);
      return firingsBetween(p.schedule, from, to);
    };
    expect(at('cron(0 3 * * ? *)', 0, 7 * 86400)).toBe(7);
    // 2026-01-01 is a Thursday: the first week has Thu, Fri, Mon, Tue, Wed.
    expect(at('cron(0 18 ? * MON-FRI *)', 0, 7 * 86400)).toBe(5);
    expect(at('cron(0 0 1 * ? *)', 0, 7 * 86400)).toBe(1);
    expect(at('rate(1 hour)', 0, 3600)).toBe(0);
    expect(at('rate(1 hour)', 0, 3600.5)).toBe(1);
    expect(civilFromDays(20454)).toEqual({ year: 2026, month: 1, day: 1 });
  });
});

describe('traffic patterns', () => {
  it('integrate to their documented average', () => {
    const traffic = (pattern: 'constant' | 'spike' | 'diurnal') => ({ recordsPerSecond: 100, avgRecordBytes: 1024, pattern, poisonRecordRate: 0, hotKeyShare: 0 });
    expect(expectedRecords(traffic('constant'), 0, 10)).toBe(1000);
    // Spike: 5x for seconds 300-360 of every 600.
    expect(expectedRecords(traffic('spike'), 290, 20)).toBe(100 * 10 + 500 * 10);
    let day = 0;
    for (let t = 0; t < 86400; t += 60) day += expectedRecords(traffic('diurnal'), t, 60);
    expect(day).toBeCloseTo(8_640_000, 3);
    expect(expectedRecords(traffic('diurnal'), 6 * 3600, 1)).toBeCloseTo(200, 3);
  });

  it('property: a source emits, step after step, exactly the whole records expectedRecords gives (the diurnal shortcut changes no bit)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('constant' as const, 'spike' as const, 'diurnal' as const),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom(0.1, 0.3, 1, 7, 60),
        fc.integer({ min: 0, max: 5000 }),
        (pattern, recordsPerSecond, dt, firstStep) => {
          const traffic = { recordsPerSecond, avgRecordBytes: 1024, pattern, poisonRecordRate: 0, hotKeyShare: 0 };
          const source = new TrafficSource(traffic, createRng(1, 'traffic'));
          let carry = 0;
          for (let step = firstStep; step < firstStep + 200; step++) {
            const expected = expectedRecords(traffic, step * dt, dt) + carry;
            const n = Math.floor(expected + 1e-9);
            carry = Math.max(0, expected - n);
            expect(source.emit(step * dt, dt)).toBe(n);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('ShardedLog', () => {
  const edge = { id: 'e', source: 's', target: 'f', config: {} } as unknown as PipelineEdge;
  const newLog = (counters: NodeCounters) =>
    new ShardedLog({
      shards: 2,
      retentionSeconds: 3600,
      writeRecordsPerSecond: 1000,
      writeBytesPerSecond: Infinity,
      recordBytes: 100,
      readers: [{ edge, lanesPerShard: 3, enhancedFanOut: false }],
      sharedReads: true,
      counters,
    });

  it('many writes in one step share that step’s write allowance, and are all counted', () => {
    const counters = new NodeCounters();
    const log = newLog(counters);
    const clock = { step: 0, now: 0, dt: 1 };
    for (let i = 0; i < 500; i++) log.write(10, 0, clock); // 5,000 records into 2 shards of 1,000/s
    expect(log.backlog()).toBe(2000);
    expect(counters.throttled).toBe(3000);
    expect(counters.received).toBe(5000);
    const lanes = log.readers[0].lanes;
    expect(lanes).toHaveLength(6);
    // One cohort per lane: the step's writes were spread once, not once per write.
    expect(lanes.map((l) => l.cohorts)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(lanes.reduce((n, l) => n + l.count, 0)).toBe(2000);
  });

  it('the next step gets a fresh allowance, and a quiet step does not bank more than one', () => {
    const counters = new NodeCounters();
    const log = newLog(counters);
    log.write(1000, 0, { step: 0, now: 0, dt: 1 });
    log.write(3000, 0, { step: 1, now: 1, dt: 1 });
    expect(log.backlog()).toBe(3000);
    log.write(5000, 0, { step: 9, now: 9, dt: 1 });
    expect(log.backlog()).toBe(5000);
    expect(counters.throttled).toBe(1000 + 3000);
  });
});

describe('a run where nothing produces records', () => {
  it('says so instead of looking healthy', () => {
    const p = new PipelineBuilder('quiet').node('lake', 's3-bucket').node('crawler', 'glue-crawler').edge('lake', 'crawler').build();
    const r = simulate(p, { seconds: 600, stepSeconds: 1, seed: 1 });
    expect(r.totals.produced).toBe(0);
    expect(r.summary.recommendations[0].text).toMatch(/^Nothing produced any records/);
  });
});
