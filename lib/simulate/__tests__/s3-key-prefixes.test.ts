import { describe, expect, it } from 'vitest';
import { makeEdge, type EdgeConfig, PipelineBuilder } from '../../model';
import { writeMayNotify } from '../behaviours/s3-bucket';
import { run, sum } from './run';

/**
 * A bucket with 10 uploads a second notifies a function that writes one object back into the
 * same bucket per event (100 ms each, far below any concurrency limit), for 60 one-second steps.
 */
function thumbnails(trigger: Partial<EdgeConfig>, write: Partial<EdgeConfig>) {
  return new PipelineBuilder('thumbnails')
    .node('photos', 's3-bucket', { traffic: { recordsPerSecond: 10 } })
    .node('thumbnail', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0 })
    .edge('photos', 'thumbnail', trigger)
    .edge('thumbnail', 'photos', write)
    .build();
}

describe('S3 key prefixes', () => {
  it('without prefixes every object the function writes triggers it again: the load grows every step', () => {
    // Step n: the bucket's 10 uploads join the events the function wrote in step n-1, so the
    // function runs 10 (n + 1) events and writes as many back, which wait for step n+1.
    // Over steps 0..59 it runs 10 x (1 + ... + 60) = 18,300; the 600 it wrote in step 59 wait.
    const r = run(thumbnails({}, {}), 60);
    expect(r.nodes.thumbnail.processed).toBe(18_300);
    expect(r.nodes.thumbnail.backlog).toBe(600);
    expect(r.nodes.thumbnail.received).toBe(600 + 18_300);
    expect(r.nodes.photos.received).toBe(600 + 18_300);
    // In the last step the notification carries the 10 uploads and the 600 objects written.
    expect(r.series!.edges['photos-thumbnail'].records[59]).toBe(10 + 600);
  });

  it('the run names the loop as the cause (with the validator rule) instead of advising more concurrency', () => {
    const looping = run(thumbnails({}, {}), 60).summary.recommendations.filter((x) => x.nodeId === 'thumbnail');
    expect(looping[0]).toMatchObject({ relatedRule: 'lambda-s3-recursion' });
    expect(looping[0].text).toMatch(/^Records loop: thumbnail writes into photos/);
    expect(looping.some((x) => /reservedConcurrency/.test(x.text))).toBe(false);
    const fixed = run(thumbnails({ filterPrefix: 'incoming/' }, { writePrefix: 'processed/' }), 60).summary.recommendations;
    expect(fixed.some((x) => x.relatedRule === 'lambda-s3-recursion')).toBe(false);
  });

  it('with the lambda-s3-recursion fix (trigger on incoming/, write to processed/) the loop is gone', () => {
    // Only the 600 uploads notify the function; its 600 writes under processed/ are stored
    // without a notification.
    const r = run(thumbnails({ filterPrefix: 'incoming/' }, { writePrefix: 'processed/' }), 60);
    expect(r.nodes.thumbnail.received).toBe(600);
    expect(r.nodes.thumbnail.processed).toBe(600);
    expect(r.nodes.thumbnail.backlog).toBe(0);
    expect(r.nodes.photos.received).toBe(600 + 600);
    expect(r.nodes.photos.processed).toBe(1200);
    expect(sum(r.series!.edges['photos-thumbnail'].records)).toBe(600);
    expect(sum(r.series!.edges['thumbnail-photos'].records)).toBe(600);
    expect(r.totals).toMatchObject({ produced: 600, inFlight: 0, dropped: 0 });
  });

  it('a write prefix inside the filter (incoming/sub/ under incoming/) still triggers the function', () => {
    const r = run(thumbnails({ filterPrefix: 'incoming/' }, { writePrefix: 'incoming/sub/' }), 60);
    expect(r.nodes.thumbnail.processed).toBe(18_300);
    expect(r.nodes.thumbnail.received).toBe(600 + 18_300);
  });

  it('a write prefix shorter than the filter may still match it, and a suffix filter alone proves nothing', () => {
    // Keys under "in" may start with "incoming/"; a prefix says nothing about how keys end.
    for (const [trigger, write] of [
      [{ filterPrefix: 'incoming/' }, { writePrefix: 'in' }],
      [{ filterSuffix: '.jpg' }, { writePrefix: 'processed/' }],
      [{ filterPrefix: 'incoming/' }, {}],
      [{ filterPrefix: 'incoming/' }, { writePrefix: '' }],
    ] as const) {
      expect(run(thumbnails(trigger, write), 60).nodes.thumbnail.processed, JSON.stringify([trigger, write])).toBe(18_300);
    }
  });

  it('each notification decides for itself: an unfiltered queue still gets every object', () => {
    const p = new PipelineBuilder('thumbnails')
      .node('photos', 's3-bucket', { traffic: { recordsPerSecond: 10 } })
      .node('thumbnail', 'lambda-function', { durationMsPerInvocation: 100, durationMsPerRecord: 0 })
      .node('audit', 'sqs-queue')
      .edge('photos', 'thumbnail', { filterPrefix: 'incoming/' })
      .edge('photos', 'audit')
      .edge('thumbnail', 'photos', { writePrefix: 'processed/' })
      .build();
    const r = run(p, 60);
    expect(r.nodes.thumbnail.received).toBe(600);
    expect(r.nodes.audit.received).toBe(1200);
    expect(r.nodes.photos.received).toBe(1200);
  });

  it('writeMayNotify: only prefixes of which neither starts with the other rule a write out', () => {
    const may = (filterPrefix: string | undefined, writePrefix: string | undefined) =>
      writeMayNotify(makeEdge('w', 'f', 'b', { writePrefix }), makeEdge('n', 'b', 'f', { filterPrefix }));
    expect(may('incoming/', 'processed/')).toBe(false);
    expect(may('incoming/', 'incoming/sub/')).toBe(true);
    expect(may('incoming/', 'incoming/')).toBe(true);
    expect(may('incoming/', 'in')).toBe(true);
    expect(may('incoming/', undefined)).toBe(true);
    expect(may(undefined, 'processed/')).toBe(true);
    expect(may('', 'processed/')).toBe(true);
  });
});
