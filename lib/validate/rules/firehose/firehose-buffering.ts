import { FIREHOSE_BUFFER_MAX_MB, FIREHOSE_BUFFER_MIN_MB, FIREHOSE_INTERVAL_MAX_SECONDS, FIREHOSE_INTERVAL_MIN_SECONDS } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import type { DraftFinding } from '../../types';

export const firehoseBuffering = defineRule({
  id: 'firehose-buffering',
  area: 'firehose',
  severity: 'error',
  title: 'Firehose buffering hints out of range',
  docsUrl: AWS_DOCS.firehoseBuffering,
  description: `Firehose buffers ${FIREHOSE_BUFFER_MIN_MB}–${FIREHOSE_BUFFER_MAX_MB} MB and ${FIREHOSE_INTERVAL_MIN_SECONDS}–${FIREHOSE_INTERVAL_MAX_SECONDS} seconds before delivering, whichever fills first. Other values fail the deployment.`,
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const fh of ctx.nodesOfKind('firehose')) {
      const { bufferSizeMb: size, bufferIntervalSeconds: interval } = fh.config;
      if (size < FIREHOSE_BUFFER_MIN_MB || size > FIREHOSE_BUFFER_MAX_MB) {
        const fixed = size < FIREHOSE_BUFFER_MIN_MB ? FIREHOSE_BUFFER_MIN_MB : FIREHOSE_BUFFER_MAX_MB;
        out.push(
          ctx.atNode(fh, 'bufferSizeMb', {
            message: `the buffer size is ${num(size)} MB; Firehose buffers ${FIREHOSE_BUFFER_MIN_MB} to ${FIREHOSE_BUFFER_MAX_MB} MB, so the deployment would fail`,
            fix: `Set the buffer size to ${fixed} MB (larger buffers make fewer, bigger files: cheaper to query).`,
            action: setAction(`Set buffer size to ${fixed} MB`, 'node', fh.id, 'bufferSizeMb', fixed),
          }),
        );
      }
      if (interval > FIREHOSE_INTERVAL_MAX_SECONDS) {
        out.push(
          ctx.atNode(fh, 'bufferIntervalSeconds', {
            message: `the buffer interval is ${num(interval)} s; Firehose buffers ${FIREHOSE_INTERVAL_MIN_SECONDS} to ${FIREHOSE_INTERVAL_MAX_SECONDS} s, so the deployment would fail`,
            fix: `Set the buffer interval to ${FIREHOSE_INTERVAL_MAX_SECONDS} s at most.`,
            action: setAction(`Set buffer interval to ${FIREHOSE_INTERVAL_MAX_SECONDS} s`, 'node', fh.id, 'bufferIntervalSeconds', FIREHOSE_INTERVAL_MAX_SECONDS),
          }),
        );
      }
    }
    return out;
  },
  examples: {
    failing: { nodes: [{ id: 'delivery', kind: 'firehose', config: { bufferSizeMb: 256 } }] },
    passing: { nodes: [{ id: 'delivery', kind: 'firehose', config: { bufferSizeMb: 64 } }] },
  },
});
