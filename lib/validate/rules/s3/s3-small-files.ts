import { ATHENA_FILE_SIZE, firehoseFlushSeconds, type PipelineEdge, type PipelineNode, S3_PUT_PRICE } from '../../../model';
import type { ValidationContext } from '../../context';
import { defineRule } from '../../define-rule';
import { trafficOf } from '../../facts/lambda-load';
import { bytes, num } from '../../format';
import type { DraftFinding } from '../../types';

/** More than one object a minute into a crawled bucket is a small-files problem in the making. */
const OBJECTS_PER_HOUR_LIMIT = 60;
const HOURS_PER_MONTH = 730;

interface ObjectFlow {
  objectsPerSecond: number;
  objectBytes: number;
  how: string;
}

/** Records/s and bytes/s flowing into a Firehose stream from sources with known traffic. */
function firehoseInput(ctx: ValidationContext, firehose: PipelineNode): { records: number; bytes: number } {
  let records = 0;
  let total = 0;
  for (const e of ctx.incoming(firehose.id)) {
    const t = trafficOf(ctx.node(e.source));
    if (!t) continue;
    records += t.recordsPerSecond;
    total += t.recordsPerSecond * t.avgRecordBytes;
  }
  return { records, bytes: total };
}

/** How many objects an edge into a bucket writes, when the design says (else undefined). */
function objectFlow(ctx: ValidationContext, edge: PipelineEdge): ObjectFlow | undefined {
  const writer = ctx.node(edge.source);
  if (!writer) return undefined;
  if (writer.kind === 'iot-rule') {
    const t = writer.config.traffic;
    return { objectsPerSecond: t.recordsPerSecond, objectBytes: t.avgRecordBytes, how: 'the IoT rule\'s S3 action writes one object per message' };
  }
  if (writer.kind === 'lambda-function') {
    // A function invoked once per event (S3, SNS, IoT, API Gateway) writes at least one object per invocation.
    const pushes = ctx.incomingOf(writer.id, 'push').map((e) => trafficOf(ctx.node(e.source))).filter((t) => t !== undefined);
    const rate = pushes.reduce((s, t) => s + t.recordsPerSecond, 0);
    if (rate === 0) return undefined;
    const size = pushes.reduce((s, t) => s + t.recordsPerSecond * t.avgRecordBytes, 0) / rate;
    return { objectsPerSecond: rate, objectBytes: size, how: `${writer.id} is invoked once per event and writes at least one object each time` };
  }
  if (writer.kind === 'firehose') {
    const input = firehoseInput(ctx, writer);
    if (input.records === 0) return undefined;
    const flush = firehoseFlushSeconds(writer.config.bufferSizeMb, writer.config.bufferIntervalSeconds, input.bytes);
    return { objectsPerSecond: 1 / flush, objectBytes: input.bytes * flush, how: `Firehose ${writer.id} delivers an object every ${num(flush)} s (${num(writer.config.bufferSizeMb)} MB or ${num(writer.config.bufferIntervalSeconds)} s, whichever fills first)` };
  }
  return undefined;
}

export const s3SmallFiles = defineRule({
  id: 's3-small-files',
  area: 's3',
  severity: 'warning',
  title: 'Many small objects into a bucket that is crawled and queried',
  docsUrl: ATHENA_FILE_SIZE.url,
  description:
    'Athena and Glue crawlers pay per object as well as per byte: every object is a request and an open in each crawl and each query, so a lake of thousands of small files is slow and costly to read. AWS advises files of 128 MB or more. Firehose buffers that flush every few seconds, an IoT rule writing each message to S3, or a function writing one object per event make exactly that.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const bucket of ctx.nodesOfKind('s3-bucket')) {
      const crawlers = ctx.outgoingOf(bucket.id, 'crawl-target').map((e) => ctx.node(e.target)).filter((n) => n?.kind === 'glue-crawler');
      if (crawlers.length === 0) continue;
      for (const edge of ctx.incoming(bucket.id)) {
        const meaning = ctx.connection(edge)?.meaning;
        if (meaning !== 'writes' && meaning !== 'push' && meaning !== 'delivers') continue;
        const flow = objectFlow(ctx, edge);
        if (!flow) continue;
        const perHour = flow.objectsPerSecond * 3600;
        if (perHour <= OBJECTS_PER_HOUR_LIMIT || flow.objectBytes >= ATHENA_FILE_SIZE.adviseAtLeastBytes) continue;
        const perDay = perHour * 24;
        const putsPerMonth = perHour * HOURS_PER_MONTH;
        const crawler = crawlers[0]!;
        const crawlSeconds = crawler.kind === 'glue-crawler' ? perDay * crawler.config.secondsPerObject : 0;
        out.push(
          ctx.atEdge(edge, undefined, {
            message: `${flow.how}: about ${num(perHour)} objects an hour (${num(perDay)} a day) of ${bytes(flow.objectBytes)} each, far under the 128 MB Athena works best with. S3 bills ${num(putsPerMonth)} PUTs a month ($${num((putsPerMonth / 1000) * S3_PUT_PRICE.usdPerThousand)}); crawler ${crawler.id} lists each new object (${num(crawlSeconds / 60)} min a day at its ${num(crawler.kind === 'glue-crawler' ? crawler.config.secondsPerObject : 0)} s per object) and every Athena query opens them all`,
            fix: 'Buffer more before writing (Firehose: larger size and interval; functions and IoT: batch through Firehose), or compact small objects into large Parquet files on a schedule.',
          }),
        );
      }
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'sensors', kind: 'iot-rule', config: { traffic: { recordsPerSecond: 50, avgRecordBytes: 400 } } },
        { id: 'raw', kind: 's3-bucket' },
        { id: 'raw-crawler', kind: 'glue-crawler', config: { schedule: 'cron(0 2 * * ? *)' } },
      ],
      edges: [
        { id: 'sensors-to-raw', source: 'sensors', target: 'raw' },
        { id: 'raw-crawled', source: 'raw', target: 'raw-crawler' },
      ],
    },
    passing: {
      nodes: [
        { id: 'sensors', kind: 'iot-rule', config: { traffic: { recordsPerSecond: 50, avgRecordBytes: 400 } } },
        { id: 'delivery', kind: 'firehose', config: { bufferSizeMb: 128, bufferIntervalSeconds: 900 } },
        { id: 'raw', kind: 's3-bucket' },
        { id: 'raw-crawler', kind: 'glue-crawler', config: { schedule: 'cron(0 2 * * ? *)' } },
      ],
      edges: [
        { id: 'sensors-to-delivery', source: 'sensors', target: 'delivery' },
        { id: 'delivery-to-raw', source: 'delivery', target: 'raw' },
        { id: 'raw-crawled', source: 'raw', target: 'raw-crawler' },
      ],
    },
  },
});
