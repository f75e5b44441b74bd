import { EMR_RELEASES, emrReleaseOutOfStandardSupport } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const emrReleaseSupport = defineRule({
  id: 'emr-release-support',
  area: 'emr',
  severity: 'warning',
  title: 'EMR release out of standard support',
  docsUrl: EMR_RELEASES.url,
  description:
    'Each EMR release has standard support for 24 months from its first release; after that it gets no security or bug fixes, and a year later it reaches end of life. New clusters should use a supported release.',
  check(ctx) {
    return ctx.nodesOfKind('emr-cluster').flatMap((cluster) => {
      const label = cluster.config.releaseLabel;
      if (!emrReleaseOutOfStandardSupport(label)) return [];
      return [
        ctx.atNode(cluster, 'releaseLabel', {
          message: `${label} is out of standard support (${EMR_RELEASES.newestOutOfStandardSupport} and every earlier release left it by ${EMR_RELEASES.standardSupportEnded}): no more security or bug fixes; the newest release is ${EMR_RELEASES.latest}`,
          fix: `Move to ${EMR_RELEASES.latest} (test the jobs on it first: Spark and Hive versions change between releases).`,
          action: setAction(`Use ${EMR_RELEASES.latest}`, 'node', cluster.id, 'releaseLabel', EMR_RELEASES.latest),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'spark', kind: 'emr-cluster', config: { releaseLabel: 'emr-6.15.0' } }] },
    passing: { nodes: [{ id: 'spark', kind: 'emr-cluster', config: { releaseLabel: 'emr-7.14.0' } }] },
  },
});
