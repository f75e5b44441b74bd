import { AWS_DOCS, defineRule } from '../../define-rule';

export const glueDatabaseUnpopulated = defineRule({
  id: 'glue-database-unpopulated',
  area: 'glue',
  severity: 'warning',
  title: 'Catalog database that nothing fills',
  docsUrl: AWS_DOCS.glueCatalog,
  description:
    'A Data Catalog database holds table definitions that something must write: usually a crawler. If nothing populates it, the Athena, EMR or Glue consumers reading it find no tables.',
  check(ctx) {
    return ctx.nodesOfKind('glue-database').flatMap((db) => {
      if (ctx.incomingOf(db.id, 'populates').length > 0) return [];
      const readers = ctx.outgoingOf(db.id, 'reads-catalog').map((e) => e.target);
      return [
        ctx.atNode(db, undefined, {
          message: `no crawler populates the catalog database ${db.id}${readers.length ? `, so ${readers.join(', ')} will find no tables in it` : ': it will stay empty'}`,
          fix: 'Connect a Glue crawler to it (crawler → database), or remove it if the tables are defined elsewhere.',
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'analytics', kind: 'glue-database' }] },
    passing: {
      nodes: [
        { id: 'lake', kind: 's3-bucket', config: { partitionKeys: ['dt'] } },
        { id: 'crawl', kind: 'glue-crawler' },
        { id: 'analytics', kind: 'glue-database' },
      ],
      edges: [
        { id: 'lake-crawled', source: 'lake', target: 'crawl' },
        { id: 'crawl-populates', source: 'crawl', target: 'analytics' },
      ],
    },
  },
});
