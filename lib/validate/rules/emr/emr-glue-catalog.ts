import { EMR_GLUE_METASTORE_URL } from '../../../model';
import { defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const emrGlueCatalog = defineRule({
  id: 'emr-glue-catalog',
  area: 'emr',
  severity: 'warning',
  title: 'EMR reads catalog tables but does not use the Glue catalog as metastore',
  docsUrl: EMR_GLUE_METASTORE_URL,
  description:
    'Hive, Spark and Presto on EMR see the tables of the Glue Data Catalog only when it is their metastore. Otherwise they use a metastore local to the cluster, empty at start and lost when the cluster ends.',
  check(ctx) {
    return ctx.nodesOfKind('emr-cluster').flatMap((cluster) => {
      if (cluster.config.useGlueCatalog) return [];
      const databases = ctx.incomingOf(cluster.id, 'reads-catalog').map((e) => e.source);
      if (databases.length === 0) return [];
      return [
        ctx.atNode(cluster, 'useGlueCatalog', {
          message: `the cluster reads the catalog database${databases.length === 1 ? '' : 's'} ${databases.join(', ')} but its metastore is local: its queries will not see those tables`,
          fix: 'Use the Glue Data Catalog as the Hive metastore (the export then configures hive-site and spark-hive-site and grants the instance role the Glue calls the metastore makes).',
          action: setAction('Use the Glue catalog as metastore', 'node', cluster.id, 'useGlueCatalog', true),
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'analytics', kind: 'glue-database' },
        { id: 'spark', kind: 'emr-cluster', config: { useGlueCatalog: false } },
      ],
      edges: [{ id: 'analytics-to-spark', source: 'analytics', target: 'spark' }],
    },
    passing: {
      nodes: [
        { id: 'analytics', kind: 'glue-database' },
        { id: 'spark', kind: 'emr-cluster', config: { useGlueCatalog: true } },
      ],
      edges: [{ id: 'analytics-to-spark', source: 'analytics', target: 'spark' }],
    },
  },
});
