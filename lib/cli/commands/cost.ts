import { type CostEstimate, estimateDesign, estimateSimulation, isRegion, PRICES_CHECKED, REGIONS } from '../../cost';
import type { Pipeline } from '../../model';
import { DEFAULT_OPTIONS, MAX_SECONDS, simulate } from '../../simulate';
import { numberFlag, parseCommandArgs } from '../args';
import { type Command, EXIT, UsageError } from '../io';
import { readPipelineFile } from '../read-pipeline-file';

const usd = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function table(pipeline: Pipeline, estimate: CostEstimate): string {
  const out: string[] = [];
  const basis = estimate.basis === 'design' ? 'from the design (steady state)' : 'from the simulation, scaled to a month';
  out.push(`Monthly estimate in ${estimate.region}, ${basis}, list prices checked ${PRICES_CHECKED} (730-hour month):`, '');
  for (const node of pipeline.nodes) {
    const cost = estimate.nodes[node.id];
    out.push(`${node.id} (${node.kind})  ${usd(cost.monthly)}`);
    for (const line of cost.lines) out.push(`  ${line.item} = ${usd(line.monthly)}`);
  }
  out.push('', `Total: ${usd(estimate.monthlyTotal)} per month at list prices.`);
  out.push(`Free tier: up to ${usd(estimate.freeTierCredit)} off (always-free monthly tiers, shared by the whole account): ${usd(Math.max(0, estimate.monthlyTotal - estimate.freeTierCredit))} after it.`);
  return `${out.join('\n')}\n`;
}

export const costCommand: Command = {
  name: 'cost',
  summary: 'Estimate the monthly AWS bill per service, from the design or a simulation',
  usage: `Usage: sluice cost FILE [--region us-east-1] [--from-simulation [--seconds 3600]] [--json]

Prices the pipeline at AWS list prices for a 730-hour month (see docs/cost.md): per node, one
line per billed item saying what it counts ("2.63 M invocations × $0.20/M").
  --region R         ${REGIONS.join(', ')}; default the pipeline's "region", else us-east-1
  --from-simulation  price what a simulated run did (invocations with retries, simulated
                     durations, Glue runs), scaled from the simulated period to a month
  --seconds N        with --from-simulation, simulated time, at most ${MAX_SECONDS}; default ${DEFAULT_OPTIONS.seconds}
  --json             print { region, currency, basis, monthlyTotal, freeTierCredit, nodes }

Free tiers are shown apart (freeTierCredit), never taken off monthlyTotal.
Exit codes: 0 estimated, 2 an unreadable file, an unknown region or bad flags.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      region: { type: 'string' },
      'from-simulation': { type: 'boolean' },
      seconds: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError(`cost needs exactly one FILE, got ${positionals.length}`);
    if (values.region !== undefined && !isRegion(values.region)) throw new UsageError(`--region: unknown region "${values.region}"; the price book has ${REGIONS.join(', ')}`);
    const fromSimulation = values['from-simulation'] === true;
    if (values.seconds !== undefined && !fromSimulation) throw new UsageError('--seconds needs --from-simulation');
    const seconds = numberFlag('seconds', values.seconds, DEFAULT_OPTIONS.seconds, { min: 0, max: MAX_SECONDS });
    if (seconds <= 0) throw new UsageError(`--seconds: must be greater than 0 and at most ${MAX_SECONDS}, got ${values.seconds}`);
    const file = await readPipelineFile(positionals[0], io.cwd);
    if (!file.ok) {
      io.stderr(`${file.lines.join('\n')}\n`);
      return EXIT.badInput;
    }
    const pipeline = file.pipeline;
    // --region wins; else the Region the pipeline names (the designer's selector), else us-east-1.
    const region = values.region !== undefined && isRegion(values.region) ? values.region : (pipeline.region ?? 'us-east-1');
    const estimate = fromSimulation
      ? estimateSimulation(pipeline, simulate(pipeline, { ...DEFAULT_OPTIONS, seconds, series: false }), region)
      : estimateDesign(pipeline, region);
    io.stdout(values.json ? `${JSON.stringify(estimate, null, 2)}\n` : table(pipeline, estimate));
    return EXIT.ok;
  },
};
