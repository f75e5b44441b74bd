import { BLOCKED_RUNTIMES, DEPRECATED_RUNTIMES, languageOfRuntime, runtimeStatus, suggest, SUPPORTED_RUNTIMES } from '../../../model';
import { AWS_DOCS, defineRule } from '../../define-rule';
import { setAction } from '../../fix-actions';

/** The current runtime of the same language, for the one-click upgrade. */
const UPGRADES: Record<string, string> = {
  'Node.js': 'nodejs22.x',
  Python: 'python3.13',
  Ruby: 'ruby3.4',
  Go: 'provided.al2023',
  Java: 'java21',
  'C#': 'dotnet8',
};

export const lambdaRuntime = defineRule({
  id: 'lambda-runtime',
  area: 'lambda',
  severity: 'error',
  title: 'Unknown or deprecated Lambda runtime',
  docsUrl: AWS_DOCS.lambdaRuntimes,
  description:
    'An unknown runtime id fails the deployment. A deprecated runtime gets no security patches (a warning); about a month after its date AWS blocks creating, then updating, functions that use it, and from then on the deployment fails (an error).',
  check(ctx) {
    return ctx.nodesOfKind('lambda-function').flatMap((fn) => {
      const runtime = fn.config.runtime;
      const status = runtimeStatus(runtime);
      if (status === 'supported') return [];
      if (status === 'blocked' || status === 'deprecated') {
        const to = UPGRADES[languageOfRuntime(runtime)] ?? 'provided.al2023';
        const since = `the runtime "${runtime}" is deprecated (since ${DEPRECATED_RUNTIMES[runtime]})`;
        const blocked = BLOCKED_RUNTIMES[runtime];
        return [
          ctx.atNode(fn, 'runtime', {
            // Deprecated: a warning; blocked: the deployment fails, the rule's error.
            ...(blocked ? {} : { severity: 'warning' as const }),
            message: blocked
              ? `${since} and AWS blocks creating functions with it since ${blocked.create} (updating them since ${blocked.update}): the deployment would fail`
              : `${since}: it gets no security patches and AWS will block updates to functions that use it`,
            fix: `Move to "${to}" and test the function on it.`,
            action: setAction(`Set runtime to ${to}`, 'node', fn.id, 'runtime', to),
          }),
        ];
      }
      const hint = suggest(runtime, SUPPORTED_RUNTIMES);
      return [
        ctx.atNode(fn, 'runtime', {
          message: `"${runtime}" is not a Lambda runtime${hint ? ` (did you mean "${hint}"?)` : ''}: the deployment would fail`,
          fix: `Use a supported runtime such as ${hint ? `"${hint}"` : '"nodejs22.x" or "python3.13"'}.`,
          ...(hint ? { action: setAction(`Set runtime to ${hint}`, 'node', fn.id, 'runtime', hint) } : {}),
        }),
      ];
    });
  },
  examples: {
    failing: { nodes: [{ id: 'legacy', kind: 'lambda-function', config: { runtime: 'nodejs20.x' } }] },
    passing: { nodes: [{ id: 'legacy', kind: 'lambda-function', config: { runtime: 'nodejs22.x' } }] },
  },
});
