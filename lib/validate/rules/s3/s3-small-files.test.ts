import { describe, expect, it } from 'vitest';
import { addEdge, check, nodeConfig, patched } from '../../testing/base-pipeline';

// Athena works best with files of 128 MB or more:
// https://docs.aws.amazon.com/athena/latest/ug/performance-tuning-data-optimization-techniques.html
// S3 PUT: $0.005 per 1,000 (https://aws.amazon.com/s3/pricing/), checked 2026-12-06.
describe('s3-small-files', () => {
  it('reports an IoT rule writing each message into the crawled lake, with objects per hour, PUT cost and crawl time', () => {
    // 200 messages/s = 720,000 objects/hour, 17,280,000 a day; 720,000 × 730 h = 525,600,000 PUTs = $2,628 a month;
    // the crawler's 0.01 s per object: 172,800 s = 2,880 min a day.
    const p = patched((d) => addEdge(d, 'telemetry-to-lake', 'telemetry', 'lake'));
    expect(check(p, 's3-small-files')).toEqual([
      {
        rule: 's3-small-files',
        severity: 'warning',
        edgeId: 'telemetry-to-lake',
        message:
          "the IoT rule's S3 action writes one object per message: about 720,000 objects an hour (17,280,000 a day) of 600 bytes each, far under the 128 MB Athena works best with. S3 bills 525,600,000 PUTs a month ($2,628); crawler lake-crawler lists each new object (2,880 min a day at its 0.01 s per object) and every Athena query opens them all",
      },
    ]);
  });

  it('reports a Firehose that flushes every 10 s: 360 objects an hour of 1.14 MB', () => {
    // 200 × 600 B = 120,000 B/s; 64 MB takes 559 s to fill, so the 10 s interval flushes first: 1,200,000 B an object.
    const p = patched((d) => Object.assign(nodeConfig(d, 'delivery'), { bufferIntervalSeconds: 10 }));
    expect(check(p, 's3-small-files').map((f) => f.message.split(':').slice(0, 2).join(':'))).toEqual([
      'Firehose delivery delivers an object every 10 s (64 MB or 10 s, whichever fills first): about 360 objects an hour (8,640 a day) of 1.14 MB each, far under the 128 MB Athena works best with. S3 bills 262,800 PUTs a month ($1.31); crawler lake-crawler lists each new object (1.44 min a day at its 0.01 s per object) and every Athena query opens them all',
    ]);
  });

  it('reports a function invoked per upload writing into the lake', () => {
    const p = patched((d) => addEdge(d, 'index-to-lake', 'index-upload', 'lake', { writePrefix: 'index/' }));
    expect(check(p, 's3-small-files').map((f) => f.message.split(':')[0])).toEqual(['index-upload is invoked once per event and writes at least one object each time']);
  });

  it('accepts the base design (Firehose every 300 s, a batch consumer) and buckets nobody crawls', () => {
    expect(check(patched(() => undefined), 's3-small-files')).toEqual([]);
    expect(check(patched((d) => addEdge(d, 'telemetry-to-results', 'telemetry', 'athena-results')), 's3-small-files')).toEqual([]);
  });
});
