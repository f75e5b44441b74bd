import { AWS_DOCS, defineRule } from '../../define-rule';
import { change } from '../../fix-actions';

export const glueEncryption = defineRule({
  id: 'glue-encryption',
  area: 'glue',
  severity: 'warning',
  title: 'Glue job without encryption at rest and in transit',
  docsUrl: AWS_DOCS.glueEncryption,
  description:
    'Without a security configuration, a Glue job writes its S3 output, CloudWatch logs and job bookmarks unencrypted, and moves data between workers in the clear. Security reviews (and cdk-nag) flag it.',
  check(ctx) {
    return ctx.nodesOfKind('glue-job').flatMap((job) => {
      const { encryptionAtRest: atRest, encryptionInTransit: inTransit } = job.config;
      if (atRest && inTransit) return [];
      const missing = [atRest ? '' : 'at rest', inTransit ? '' : 'in transit'].filter(Boolean).join(' and ');
      const changes = [
        ...(atRest ? [] : [change.set('node', job.id, 'encryptionAtRest', true)]),
        ...(inTransit ? [] : [change.set('node', job.id, 'encryptionInTransit', true)]),
      ];
      return [
        ctx.atNode(job, atRest ? 'encryptionInTransit' : 'encryptionAtRest', {
          message: `the job does not encrypt data ${missing}: its output, logs and bookmarks (or the traffic between its workers) are readable by anyone with access`,
          fix: 'Attach a security configuration with S3, CloudWatch and bookmark encryption (SSE-KMS) and enable encryption in transit.',
          action: { label: 'Enable encryption', changes },
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'load', kind: 'glue-job' }] },
    passing: { nodes: [{ id: 'load', kind: 'glue-job', config: { encryptionAtRest: true, encryptionInTransit: true } }] },
  },
});
