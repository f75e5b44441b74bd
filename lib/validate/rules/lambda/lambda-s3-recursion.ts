import { AWS_DOCS, defineRule } from '../../define-rule';
import { change } from '../../fix-actions';
import type { DraftFinding, FixAction } from '../../types';

/** Two key prefixes overlap when one starts with the other (an empty prefix matches every key). */
export function prefixesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function describe(prefix: string): string {
  return prefix === '' ? 'every key' : `keys under "${prefix}"`;
}

export const lambdaS3Recursion = defineRule({
  id: 'lambda-s3-recursion',
  area: 'lambda',
  severity: 'error',
  title: 'Function writes back into the bucket that triggers it',
  docsUrl: AWS_DOCS.s3Notifications,
  description:
    'When a function triggered by an S3 bucket writes into the same bucket under a prefix the trigger matches, each write triggers it again: an endless loop that runs up the bill until someone notices.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const trigger of ctx.edgesOf('push')) {
      const bucket = ctx.node(trigger.source);
      if (bucket?.kind !== 's3-bucket' || ctx.node(trigger.target)?.kind !== 'lambda-function') continue;
      const readPrefix = trigger.config.filterPrefix ?? '';
      for (const write of ctx.outgoingOf(trigger.target, 'writes')) {
        if (write.target !== bucket.id) continue;
        const writePrefix = write.config.writePrefix ?? '';
        if (!prefixesOverlap(readPrefix, writePrefix)) continue;
        const newRead = readPrefix === '' ? 'incoming/' : readPrefix;
        const newWrite = prefixesOverlap(newRead, 'processed/') ? 'output/' : 'processed/';
        const changes = [change.set('edge', write.id, 'writePrefix', newWrite)];
        if (readPrefix === '') changes.unshift(change.set('edge', trigger.id, 'filterPrefix', newRead));
        const action: FixAction = {
          label: readPrefix === '' ? `Trigger on ${newRead} only and write to ${newWrite}` : `Write to ${newWrite}`,
          changes,
        };
        out.push(
          ctx.atEdge(write, 'writePrefix', {
            message: `the function ${trigger.target} is triggered by ${describe(readPrefix)} in ${bucket.id} and writes ${describe(writePrefix)} in the same bucket: every object it writes triggers it again, an endless loop`,
            fix: 'Write to another bucket, or give the trigger and the writes disjoint prefixes (e.g. trigger on incoming/, write to processed/).',
            action,
          }),
        );
      }
    }
    return out;
  },
  examples: {
    failing: {
      nodes: [
        { id: 'photos', kind: 's3-bucket' },
        { id: 'thumbnail', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'photos-to-thumbnail', source: 'photos', target: 'thumbnail' },
        { id: 'thumbnail-to-photos', source: 'thumbnail', target: 'photos' },
      ],
    },
    passing: {
      nodes: [
        { id: 'photos', kind: 's3-bucket' },
        { id: 'thumbnail', kind: 'lambda-function' },
      ],
      edges: [
        { id: 'photos-to-thumbnail', source: 'photos', target: 'thumbnail', config: { filterPrefix: 'incoming/' } },
        { id: 'thumbnail-to-photos', source: 'thumbnail', target: 'photos', config: { writePrefix: 'thumbnails/' } },
      ],
    },
  },
});
