import { GLUE_JOB_MINIMUM_SECONDS, PRICES } from '../../../cost';
import { glueJobDpu } from '../../../model/kinds/glue-job';
import { defineRule } from '../../define-rule';
import { costFacts, PRICING_PAGES, usd } from '../../facts/cost';
import { num } from '../../format';

/** Minimum-billed time worth less than this a month is not worth a finding. */
const MIN_WASTE_USD = 1;

export const costGlueMinimumBilling = defineRule({
  id: 'cost-glue-minimum-billing',
  area: 'cost',
  severity: 'info',
  title: 'Glue job runs shorter than the minimum billed',
  docsUrl: PRICING_PAGES.glue,
  description:
    'Glue bills a job run per second of its DPUs, but at least 1 minute per run (Glue 2.0 and later, Flex too). A job that runs often over little data finishes in seconds and pays the minute every time: the rest of that minute is billed and does nothing. Fewer, larger runs (a less frequent schedule) or a Lambda function for small batches cost less. Run length is the design estimate\'s: start-up time plus records over the job\'s throughput.',
  check(ctx) {
    const facts = costFacts(ctx.pipeline);
    return ctx.nodesOfKind('glue-job').flatMap((job) => {
      const c = job.config;
      if (c.jobType === 'gluestreaming') return [];
      const a = facts.activity(job.id);
      if (a.invocations <= 0) return [];
      const perRun = a.computeSeconds / a.invocations;
      if (perRun >= GLUE_JOB_MINIMUM_SECONDS) return [];
      const flex = c.jobType === 'glueetl' && c.executionClass === 'FLEX';
      const price = (flex ? PRICES.glueFlexDpuHour : PRICES.glueDpuHour).usd[facts.region];
      const dpu = glueJobDpu(c);
      const billedUsd = (a.invocations * GLUE_JOB_MINIMUM_SECONDS * dpu * price) / 3600;
      const wastedUsd = (a.invocations * (GLUE_JOB_MINIMUM_SECONDS - perRun) * dpu * price) / 3600;
      if (wastedUsd < MIN_WASTE_USD) return [];
      const share = Math.round((1 - perRun / GLUE_JOB_MINIMUM_SECONDS) * 100);
      return [
        ctx.atNode(job, c.trigger.type === 'schedule' ? 'trigger.schedule' : undefined, {
          message: `each of its ${num(Math.round(a.invocations))} runs a month lasts about ${num(Math.round(perRun))} s but is billed the 1-minute minimum: ${share}% of its ${usd(billedUsd)} a month (${num(dpu)} DPU in ${facts.region}) pays for time it does not run, ${usd(wastedUsd)}`,
          fix: 'Run it less often over more data (each run then uses its minute), or process small batches with a Lambda function.',
        }),
      ];
    });
  },
  examples: {
    // Every 5 minutes, 10 s of start-up and nothing to read: 8,760 runs × 50 unused s × 2 DPU (2 G.1X workers) × $0.44/DPU-hour = $107.07.
    failing: { nodes: [{ id: 'etl', kind: 'glue-job', config: { startupSeconds: 10, trigger: { type: 'schedule', schedule: 'rate(5 minutes)' }, encryptionAtRest: true, encryptionInTransit: true } }] },
    passing: { nodes: [{ id: 'etl', kind: 'glue-job', config: { startupSeconds: 90, trigger: { type: 'schedule', schedule: 'rate(5 minutes)' }, encryptionAtRest: true, encryptionInTransit: true } }] },
  },
});
