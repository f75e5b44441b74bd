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
  description: 'Firehose buffers 1–128 MB and 0–900 seconds before delivering, whichever fills first. Other values fail the deployment.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const fh of ctx.nodesOfKind('firehose')) {
      const { bufferSizeMb: size, bufferIntervalSeconds: interval } = fh.config;
      if (size < 1 || size > 128) {
        const fixed = size < 1 ? 1 : 128;
        out.push(
          ctx.atNode(fh, 'bufferSizeMb', {
            message: `the buffer size is ${num(size)} MB; Firehose buffers 1 to 128 MB, so the deployment would fail`,
            fix: `Set the buffer size to ${fixed} MB (larger buffers make fewer, bigger files: cheaper to query).`,
            action: setAction(`Set buffer size to ${fixed} MB`, 'node', fh.id, 'bufferSizeMb', fixed),
          }),
        );
      }
      if (interval > 900) {
        out.push(
          ctx.atNode(fh, 'bufferIntervalSeconds', {
            message: `the buffer interval is ${num(interval)} s; Firehose buffers 0 to 900 s, so the deployment would fail`,
            fix: 'Set the buffer interval to 900 s at most.',
            action: setAction('Set buffer interval to 900 s', 'node', fh.id, 'bufferIntervalSeconds', 900),
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
