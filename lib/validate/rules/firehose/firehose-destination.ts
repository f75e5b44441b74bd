import { defineRule } from '../../define-rule';
import { num } from '../../format';

/** CreateDeliveryStream takes exactly one destination configuration. */
const CREATE_DELIVERY_STREAM = 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_CreateDeliveryStream.html';

export const firehoseDestination = defineRule({
  id: 'firehose-destination',
  area: 'firehose',
  severity: 'error',
  title: 'Firehose delivery stream without exactly one destination',
  docsUrl: CREATE_DELIVERY_STREAM,
  description:
    'A Firehose delivery stream has exactly one destination (S3, Redshift or OpenSearch). With two or more, only one can be deployed and the records meant for the others are silently not delivered, so that is an error (and `sluice export` refuses it without --force). With none, the stream still deploys, delivering into a staging S3 bucket the design does not show, so that is only a warning.',
  check(ctx) {
    return ctx.nodesOfKind('firehose').flatMap((fh) => {
      const edges = ctx.outgoingOf(fh.id, 'delivers');
      if (edges.length === 1) return [];
      if (edges.length === 0) {
        return [
          ctx.atNode(fh, undefined, {
            severity: 'warning',
            message: `${fh.id} delivers to no destination; a delivery stream needs exactly one, so the export gives it a staging S3 bucket of its own that the design does not show`,
            fix: 'Connect it to the S3 bucket, Redshift cluster or OpenSearch domain it should deliver to.',
          }),
        ];
      }
      const list = edges.map((e) => `${e.id} to ${e.target}`).join(', ');
      return [
        ctx.atNode(fh, undefined, {
          message: `${fh.id} delivers to ${num(edges.length)} destinations (${list}); a Firehose delivery stream has exactly 1 destination, so only one would be deployed and the others would silently receive nothing`,
          fix: 'Use one delivery stream per destination (feed them from the same Kinesis stream), or deliver to S3 only and load Redshift from it with COPY.',
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'delivery', kind: 'firehose' },
        { id: 'lake', kind: 's3-bucket' },
        { id: 'warehouse', kind: 'redshift-cluster' },
      ],
      edges: [
        { id: 'delivery-to-lake', source: 'delivery', target: 'lake' },
        { id: 'delivery-to-warehouse', source: 'delivery', target: 'warehouse' },
      ],
    },
    passing: {
      nodes: [
        { id: 'delivery', kind: 'firehose' },
        { id: 'lake', kind: 's3-bucket' },
      ],
      edges: [{ id: 'delivery-to-lake', source: 'delivery', target: 'lake' }],
    },
  },
});
