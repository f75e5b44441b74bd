import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';
import { num } from '../../format';
import { MAX_TIMEOUT_SECONDS as MAX, MIN_TIMEOUT_SECONDS as MIN } from '../../../model';

export const lambdaTimeoutLimit = defineRule({
  id: 'lambda-timeout-limit',
  area: 'lambda',
  severity: 'error',
  title: `Lambda timeout outside ${MIN}–${MAX} seconds`,
  docsUrl: AWS_DOCS.lambdaLimits,
  description:
    `A Lambda function runs for at most ${MAX} seconds (${MAX / 60} minutes) and at least ${MIN}. CloudFormation refuses any other timeout, so the deployment fails.`,
  check(ctx) {
    return ctx.nodesOfKind('lambda-function').flatMap((fn) => {
      const t = fn.config.timeoutSeconds;
      if (t >= MIN && t <= MAX) return [];
      const fixed = t > MAX ? MAX : MIN;
      return [
        ctx.atNode(fn, 'timeoutSeconds', {
          message: `the timeout is ${num(t)} s; Lambda allows ${MIN} to ${MAX} s (${MAX / 60} minutes), so the deployment would fail`,
          fix: t > MAX
            ? `Set the timeout to ${MAX} s at most; work that needs longer belongs on ECS/Fargate, AWS Batch or Step Functions.`
            : `Set the timeout to at least ${MIN} s.`,
          action: setAction(`Set timeout to ${fixed} s`, 'node', fn.id, 'timeoutSeconds', fixed),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'resize', kind: 'lambda-function', config: { timeoutSeconds: 1200 } }] },
    passing: { nodes: [{ id: 'resize', kind: 'lambda-function', config: { timeoutSeconds: 900 } }] },
  },
});
