import { AWS_DOCS, defineRule } from '../../define-rule';
import { duration } from '../../format';
import { MAX_TIMEOUT_SECONDS } from '../../../model';

export const lambdaLongRunning = defineRule({
  id: 'lambda-long-running',
  area: 'lambda',
  severity: 'error',
  title: 'Long-running work on Lambda',
  docsUrl: AWS_DOCS.lambdaLimits,
  description:
    `Work that takes longer than Lambda's ${MAX_TIMEOUT_SECONDS}-second maximum is killed mid-way and retried, forever. Long-running applications belong on a service without that ceiling.`,
  check(ctx) {
    return ctx.nodesOfKind('lambda-function').flatMap((fn) => {
      const run = fn.config.expectedRunSeconds;
      if (run === undefined || run <= MAX_TIMEOUT_SECONDS) return [];
      return [
        ctx.atNode(fn, 'expectedRunSeconds', {
          message: `one piece of work takes ${duration(run)}, but a Lambda invocation stops after ${MAX_TIMEOUT_SECONDS} s (${MAX_TIMEOUT_SECONDS / 60} minutes): a long-running application does not fit Lambda`,
          fix: `Run it on Elastic Beanstalk, ECS/Fargate or AWS Batch, or split the work into steps under ${MAX_TIMEOUT_SECONDS / 60} minutes (Step Functions).`,
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'transcode', kind: 'lambda-function', config: { expectedRunSeconds: 3600 } }] },
    passing: { nodes: [{ id: 'transcode', kind: 'lambda-function', config: { expectedRunSeconds: 120 } }] },
  },
});
