import { MAX_RECORD_SIZE_KIB } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { bytes, num } from '../../format';
import type { DraftFinding } from '../../types';

const MAX_CONFIGURABLE_KIB = MAX_RECORD_SIZE_KIB;

export const kinesisRecordSize = defineRule({
  id: 'kinesis-record-size',
  area: 'kinesis',
  severity: 'error',
  title: 'Records larger than the stream accepts',
  docsUrl: AWS_DOCS.kinesisLimits,
  description:
    'A Kinesis record is at most 1 MiB by default, configurable up to 10 MiB (MaxRecordSizeInKiB). Larger records are rejected by PutRecord.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const stream of ctx.nodesOfKind('kinesis-stream')) {
      const maxKib = stream.config.maxRecordSizeKib;
      if (maxKib > MAX_CONFIGURABLE_KIB) {
        out.push(
          ctx.atNode(stream, 'maxRecordSizeKib', {
            message: `maxRecordSizeKib is ${num(maxKib)}; Kinesis allows at most ${num(MAX_CONFIGURABLE_KIB)} KiB (${num(MAX_CONFIGURABLE_KIB / 1024)} MiB), so the deployment would fail`,
            fix: `Set it to ${num(MAX_CONFIGURABLE_KIB)} KiB at most; store larger objects in S3 and send a pointer.`,
            action: setAction(`Set max record size to ${num(MAX_CONFIGURABLE_KIB)} KiB`, 'node', stream.id, 'maxRecordSizeKib', MAX_CONFIGURABLE_KIB),
          }),
        );
        continue;
      }
      const size = stream.config.traffic.avgRecordBytes;
      if (size <= maxKib * 1024) continue;
      const neededKib = Math.ceil(size / 1024);
      out.push(
        ctx.atNode(stream, 'traffic.avgRecordBytes', {
          message: `records average ${bytes(size)}, over the stream's maximum record size of ${num(maxKib)} KiB: PutRecord rejects them`,
          fix: neededKib <= MAX_CONFIGURABLE_KIB ? `Raise maxRecordSizeKib to ${num(neededKib)} (up to ${num(MAX_CONFIGURABLE_KIB)}), or send smaller records.` : 'Store the payloads in S3 and put a pointer on the stream.',
          ...(neededKib <= MAX_CONFIGURABLE_KIB
            ? { action: setAction(`Set max record size to ${num(neededKib)} KiB`, 'node', stream.id, 'maxRecordSizeKib', neededKib) }
            : {}),
        }),
      );
    }
    return out;
  },
  examples: {
    failing: { nodes: [{ id: 'scans', kind: 'kinesis-stream', config: { traffic: { recordsPerSecond: 1, avgRecordBytes: 3000000 } } }] },
    passing: { nodes: [{ id: 'scans', kind: 'kinesis-stream', config: { maxRecordSizeKib: 4096, traffic: { recordsPerSecond: 1, avgRecordBytes: 3000000 } } }] },
  },
});
