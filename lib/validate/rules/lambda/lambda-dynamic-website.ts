import { AWS_DOCS, defineRule } from '../../define-rule';
import { num } from '../../format';
import { trafficOf } from '../../facts/lambda-load';

/** Above this steady request rate, per-request billing and cold starts lose to servers. A rule of thumb, not an AWS limit. */
export const HIGH_REQUEST_RATE = 500;

export const lambdaDynamicWebsite = defineRule({
  id: 'lambda-dynamic-website',
  area: 'lambda',
  severity: 'warning',
  title: 'High-traffic dynamic website on Lambda',
  docsUrl: AWS_DOCS.lambdaWhenToUse,
  description:
    'A dynamic website with many queries keeps functions busy all the time: paying per request, with cold starts and per-request database connections, costs more than servers (EC2, containers) that hold connections open.',
  check(ctx) {
    return ctx.nodesOfKind('api-gateway').flatMap((api) => {
      if (!ctx.outgoingOf(api.id, 'push').some((e) => ctx.node(e.target)?.kind === 'lambda-function')) return [];
      const rate = trafficOf(api)?.recordsPerSecond ?? 0;
      if (rate < HIGH_REQUEST_RATE) return [];
      return [
        ctx.atNode(api, 'traffic.recordsPerSecond', {
          message: `API Gateway sends ${num(rate)} requests/s to a Lambda function (${num(HIGH_REQUEST_RATE)}/s or more is a busy dynamic website): steady, high request rates with many queries fit servers better`,
          fix: 'Serve the site from EC2 or containers (ECS/Fargate behind a load balancer), and keep Lambda for spiky or event-driven work.',
        }),
      ];
    });
  },
  examples: {
    failing: {
      nodes: [
        { id: 'site', kind: 'api-gateway', config: { traffic: { recordsPerSecond: 2000 } } },
        { id: 'render', kind: 'lambda-function' },
      ],
      edges: [{ id: 'site-to-render', source: 'site', target: 'render' }],
    },
    passing: {
      nodes: [
        { id: 'site', kind: 'api-gateway', config: { traffic: { recordsPerSecond: 20 } } },
        { id: 'render', kind: 'lambda-function' },
      ],
      edges: [{ id: 'site-to-render', source: 'site', target: 'render' }],
    },
  },
});
