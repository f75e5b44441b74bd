import { currentRuntimeFor, lambdaRuntime as runtimeRow, languageOfRuntime, runtimeStatus, suggest, supportedRuntimes, type RuntimeFamily } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

export const lambdaRuntime = defineRule({
  id: 'lambda-runtime',
  area: 'lambda',
  severity: 'error',
  title: 'Unknown or deprecated Lambda runtime',
  docsUrl: AWS_DOCS.lambdaRuntimes,
  description:
    'An unknown runtime id fails the deployment. A deprecated runtime gets no security patches (a warning); some weeks after its date AWS blocks creating, then updating, functions that use it, and from then on the deployment fails (an error). Dates come from the runtime table in lib/model/runtimes.ts and are compared with the day of the check.',
  check(ctx) {
    return ctx.nodesOfKind('lambda-function').flatMap((fn) => {
      const runtime = fn.config.runtime;
      const status = runtimeStatus(runtime, ctx.today);
      if (status === 'supported') return [];
      const row = runtimeRow(runtime);
      if (row && (status === 'blocked' || status === 'deprecated')) {
        const to = currentRuntimeFor(languageOfRuntime(runtime) as RuntimeFamily, ctx.today) ?? 'provided.al2023';
        const since = `the runtime "${runtime}" is deprecated (since ${row.deprecation})`;
        const blocked = status === 'blocked';
        const updates = row.blockUpdate !== null && ctx.today >= row.blockUpdate ? `since ${row.blockUpdate}` : `from ${row.blockUpdate}`;
        return [
          ctx.atNode(fn, 'runtime', {
            // Deprecated: a warning; blocked: the deployment fails, the rule's error.
            ...(blocked ? {} : { severity: 'warning' as const }),
            message: blocked
              ? `${since} and AWS blocks creating functions with it since ${row.blockCreate} (updating them ${updates}): the deployment would fail`
              : `${since}: it gets no security patches, and AWS blocks creating functions with it from ${row.blockCreate}`,
            fix: `Move to "${to}" and test the function on it.`,
            action: setAction(`Set runtime to ${to}`, 'node', fn.id, 'runtime', to),
          }),
        ];
      }
      const hint = suggest(runtime, supportedRuntimes(ctx.today));
      return [
        ctx.atNode(fn, 'runtime', {
          message: `"${runtime}" is not a Lambda runtime${hint ? ` (did you mean "${hint}"?)` : ''}: the deployment would fail`,
          fix: `Use a supported runtime such as ${hint ? `"${hint}"` : '"nodejs24.x" or "python3.14"'}.`,
          ...(hint ? { action: setAction(`Set runtime to ${hint}`, 'node', fn.id, 'runtime', hint) } : {}),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'legacy', kind: 'lambda-function', config: { runtime: 'nodejs18.x' } }] },
    passing: { nodes: [{ id: 'current', kind: 'lambda-function', config: { runtime: 'nodejs24.x' } }] },
  },
});
