import { PRICES } from '../../../cost';
import { LAMBDA_MEMORY_DOCS, ONE_VCPU_MEMORY_MB } from '../../../model';
import { defineRule } from '../../define-rule';
import { costFacts, usd } from '../../facts/cost';
import { num } from '../../format';
import { setAction } from '../../fix-actions';

/** A saving under this a month is not worth a finding. */
const MIN_SAVING_USD = 5;

export const costLambdaMemory = defineRule({
  id: 'cost-lambda-memory',
  area: 'cost',
  severity: 'info',
  title: 'Memory above one vCPU that single-threaded code cannot use',
  docsUrl: LAMBDA_MEMORY_DOCS,
  description:
    'Lambda bills duration in GB-seconds: memory × time. CPU comes with memory, and at 1,769 MB a function has one full vCPU; above it, the extra CPU is a second core, which only code running several threads uses. A single-threaded function (most Node.js and Python handlers) runs no faster above 1,769 MB, so every MB beyond it is paid for in full with no shorter duration to make up for it. The finding prices the design\'s GB-seconds at the function\'s memory and at 1,769 MB with the same durations (list prices of the pipeline\'s Region and architecture).',
  check(ctx) {
    const facts = costFacts(ctx.pipeline);
    return ctx.nodesOfKind('lambda-function').flatMap((fn) => {
      const c = fn.config;
      if (c.memoryMb <= ONE_VCPU_MEMORY_MB) return [];
      const a = facts.activity(fn.id);
      const price = (c.architecture === 'arm64' ? PRICES.lambdaGbSecondArm : PRICES.lambdaGbSecondX86).usd[facts.region];
      const now = (a.computeSeconds * c.memoryMb * price) / 1024;
      const atOneVcpu = (a.computeSeconds * ONE_VCPU_MEMORY_MB * price) / 1024;
      if (now - atOneVcpu < MIN_SAVING_USD) return [];
      return [
        ctx.atNode(fn, 'memoryMb', {
          message: `at ${num(c.memoryMb)} MB its duration costs ${usd(now)} a month in ${facts.region}; at ${num(ONE_VCPU_MEMORY_MB)} MB (one full vCPU) the same durations would cost ${usd(atOneVcpu)}: unless the code runs several threads, the memory above that buys no speed`,
          fix: `If the function is single-threaded, use ${num(ONE_VCPU_MEMORY_MB)} MB (or measure with AWS Lambda Power Tuning).`,
          action: setAction(`Set memory to ${num(ONE_VCPU_MEMORY_MB)} MB`, 'node', fn.id, 'memoryMb', ONE_VCPU_MEMORY_MB),
        }),
      ];
    });
  },
  examples: {
    // A run a minute of 60 s: 43,800 runs, 2,628,000 s a month; at 10,240 MB 26,280,000 GB-s × $0.0000166667 = $438.00, at 1,769 MB $75.67.
    failing: {
      nodes: [
        { id: 'tick', kind: 'schedule', config: { expression: 'rate(1 minute)' } },
        { id: 'crunch', kind: 'lambda-function', config: { memoryMb: 10240, timeoutSeconds: 120, durationMsPerInvocation: 60000, durationMsPerRecord: 0 } },
      ],
      edges: [{ id: 'e1', source: 'tick', target: 'crunch' }],
    },
    passing: {
      nodes: [
        { id: 'tick', kind: 'schedule', config: { expression: 'rate(1 minute)' } },
        { id: 'crunch', kind: 'lambda-function', config: { memoryMb: 1769, timeoutSeconds: 120, durationMsPerInvocation: 60000, durationMsPerRecord: 0 } },
      ],
      edges: [{ id: 'e1', source: 'tick', target: 'crunch' }],
    },
  },
});
