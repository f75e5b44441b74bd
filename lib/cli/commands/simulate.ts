import type { Pipeline } from '../../model';
import { formatCount } from '../../simulate/format';
import { createSimulation, DEFAULT_OPTIONS, stepSlice, MAX_SECONDS, MAX_STEP_SECONDS, MIN_STEP_SECONDS, simulate, type SimulationOptions, type SimulationResult } from '../../simulate';
import { numberFlag, parseCommandArgs } from '../args';
import { type CliIo, type Command, EXIT, UsageError } from '../io';
import { readPipelineFile } from '../read-pipeline-file';

const NODE_FIELDS = ['received', 'processed', 'copies', 'backlog', 'throttled', 'throttles', 'expired', 'failed', 'errors', 'retries', 'maxAgeSeconds', 'peakConcurrency'] as const;

/** The documented --json shape, keys in a fixed order, plus the summary (and series when asked). */
function toJson(result: SimulationResult, withSeries: boolean): unknown {
  const nodes: Record<string, Record<string, number>> = {};
  for (const [id, t] of Object.entries(result.nodes)) nodes[id] = Object.fromEntries(NODE_FIELDS.map((f) => [f, t[f]]));
  const { produced, copies, delivered, inFlight, dropped } = result.totals;
  return {
    seconds: result.seconds,
    stepSeconds: result.stepSeconds,
    seed: result.seed,
    totals: { produced, copies, delivered, inFlight, dropped },
    nodes,
    summary: result.summary,
    ...(withSeries && result.series ? { series: result.series } : {}),
  };
}

const n = formatCount;

function table(pipeline: Pipeline, result: SimulationResult): string {
  const head = ['node', 'kind', 'received', 'processed', 'copies', 'backlog', 'throttled', 'throttles', 'expired', 'failed', 'errors', 'retries', 'max age s', 'peak conc'];
  const rows = pipeline.nodes.map((node) => {
    const t = result.nodes[node.id];
    return [node.id, node.kind, n(t.received), n(t.processed), n(t.copies), n(t.backlog), n(t.throttled), n(t.throttles), n(t.expired), n(t.failed), n(t.errors), n(t.retries), n(t.maxAgeSeconds), n(t.peakConcurrency)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const out = [line(head), ...rows.map(line)];
  const { produced, copies, delivered, inFlight, dropped } = result.totals;
  // Fan-out copies named apart, so the line adds up: produced + copies = delivered + in flight + dropped.
  const made = copies > 0 ? ` + ${n(copies)} copies by fan-out` : '';
  out.push('', `Records: ${n(produced)} produced${made}; ${n(delivered)} delivered, ${n(inFlight)} in flight, ${n(dropped)} dropped.`);
  const b = result.summary.bottleneck;
  out.push(b ? `Bottleneck: ${b.nodeId}: ${b.reason}.` : 'Bottleneck: none: every node kept up.');
  if (result.summary.recommendations.length > 0) {
    out.push('', 'Recommendations:');
    for (const r of result.summary.recommendations) {
      const where = r.edgeId ? `edge ${r.edgeId}` : r.nodeId ? `node ${r.nodeId}` : 'pipeline';
      out.push(`  - ${where}: ${r.text}${r.relatedRule ? ` [${r.relatedRule}]` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The same run in slices, telling `progress` after each (the result does not depend on slicing). */
export function simulateWithProgress(pipeline: Pipeline, options: SimulationOptions, progress: NonNullable<CliIo['progress']>): SimulationResult {
  const sim = createSimulation(pipeline, options);
  while (!sim.done()) progress(stepSlice(sim), 'simulating');
  progress(1, 'simulating');
  return sim.result();
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Simulate traffic through a pipeline: backlog, throttling, failures',
  usage: `Usage: sluice simulate FILE [--seconds 3600] [--step 1] [--seed 1] [--json] [--series]

Runs the pipeline's traffic through it in fixed steps and prints what each node received,
processed, holds, throttled (records lost), let expire and failed, and its Lambda throttles
(invocations refused for lack of concurrency, as CloudWatch's Throttles metric counts them;
see docs/simulation.md).
  --seconds N   simulated time, greater than 0 and at most ${MAX_SECONDS} (7 days); default ${DEFAULT_OPTIONS.seconds}
  --step S      step length in seconds, ${MIN_STEP_SECONDS} to ${MAX_STEP_SECONDS}; default ${DEFAULT_OPTIONS.stepSeconds}
  --seed N      seed of the random draws (poison records, error rates); default ${DEFAULT_OPTIONS.seed}
  --json        print the result as JSON
  --series      with --json, add per-step series (at most 2,000 points each): per node,
                per edge, and the run's totals over time (series.totals)

The same file, seconds, step and seed always give the same numbers.
Exit codes: 0 simulated, 2 a bad file or bad flags.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      seconds: { type: 'string' },
      step: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      series: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError(`simulate needs exactly one FILE, got ${positionals.length}`);
    const seconds = numberFlag('seconds', values.seconds, DEFAULT_OPTIONS.seconds, { min: -Infinity, max: Infinity });
    if (seconds <= 0 || seconds > MAX_SECONDS) throw new UsageError(`--seconds: must be greater than 0 and at most ${MAX_SECONDS} (7 days), got ${values.seconds}`);
    const stepSeconds = numberFlag('step', values.step, DEFAULT_OPTIONS.stepSeconds, { min: MIN_STEP_SECONDS, max: MAX_STEP_SECONDS });
    // A run shorter than one step would still run a whole step: say so rather than simulate more than asked.
    if (seconds < stepSeconds) throw new UsageError(`--seconds: ${values.seconds} is shorter than one step (${stepSeconds} s): give at least ${stepSeconds}, or a smaller --step (down to ${MIN_STEP_SECONDS})`);
    const seed = numberFlag('seed', values.seed, DEFAULT_OPTIONS.seed, { min: 0, max: 2 ** 32 - 1, integer: true });
    if (values.series && !values.json) throw new UsageError('--series needs --json (series are only printed as JSON)');
    const file = await readPipelineFile(positionals[0], io.cwd);
    if (!file.ok) {
      io.stderr(`${file.lines.join('\n')}\n`);
      return EXIT.badInput;
    }
    const options = { seconds, stepSeconds, seed, series: values.series === true };
    const result = io.progress ? simulateWithProgress(file.pipeline, options, io.progress) : simulate(file.pipeline, options);
    io.stdout(values.json ? `${JSON.stringify(toJson(result, values.series === true), null, 2)}\n` : table(file.pipeline, result));
    return EXIT.ok;
  },
};
