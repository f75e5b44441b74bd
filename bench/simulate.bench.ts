/**
 * How fast the simulator runs: prints node-steps per second, and how the cost grows with the
 * number of nodes and with the simulated duration. No pass/fail: run it and read it.
 *   npx tsx bench/simulate.bench.ts
 * The target (issue #5): a day at 1,500 records/s through a 100-node pipeline in about a second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PipelineBuilder, type Pipeline } from '../lib/model';
import { simulate } from '../lib/simulate';

type Simulate = typeof simulate;

/**
 * The designer runs the simulator in a Web Worker from one bundled script; the CLI runs it
 * through tsx, one module per file. The same code runs measurably faster bundled, so the target
 * is measured both ways: this bundles lib/simulate on its own, as the app's build does.
 */
async function bundledSimulate(): Promise<Simulate> {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-bench-'));
  try {
    const outfile = join(dir, 'simulate.mjs');
    await build({ entryPoints: [join(import.meta.dirname, '../lib/simulate/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
    return ((await import(pathToFileURL(outfile).href)) as { simulate: Simulate }).simulate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `chains` groups of three small pipelines (Kinesis -> Lambda -> Firehose -> S3,
 * SQS -> Lambda -> DynamoDB, S3 -> Lambda -> OpenSearch: 10 nodes a group), the given
 * total traffic shared by the 3 sources of each group.
 */
function benchPipeline(groups: number, totalRecordsPerSecond: number): Pipeline {
  const b = new PipelineBuilder('bench');
  const perSource = totalRecordsPerSecond / (groups * 3);
  for (let g = 0; g < groups; g++) {
    b.node(`stream${g}`, 'kinesis-stream', { shardCount: 2, traffic: { recordsPerSecond: perSource, poisonRecordRate: 1e-5, pattern: 'diurnal' } })
      .node(`enrich${g}`, 'lambda-function', { durationMsPerInvocation: 40, durationMsPerRecord: 1, errorRate: 0.001 })
      .node(`delivery${g}`, 'firehose', { bufferIntervalSeconds: 60 })
      .node(`lake${g}`, 's3-bucket')
      .edge(`stream${g}`, `enrich${g}`, { batchSize: 100, maxRetryAttempts: 3, bisectOnError: true })
      .edge(`enrich${g}`, `delivery${g}`)
      .edge(`delivery${g}`, `lake${g}`)
      .node(`orders${g}`, 'sqs-queue', { traffic: { recordsPerSecond: perSource, pattern: 'spike' } })
      .node(`archive${g}`, 'lambda-function', { durationMsPerInvocation: 30, durationMsPerRecord: 2 })
      .node(`table${g}`, 'dynamodb-table')
      .edge(`orders${g}`, `archive${g}`, { batchSize: 10 })
      .edge(`archive${g}`, `table${g}`)
      .node(`uploads${g}`, 's3-bucket', { traffic: { recordsPerSecond: perSource } })
      .node(`index${g}`, 'lambda-function', { durationMsPerInvocation: 20, durationMsPerRecord: 0 })
      .node(`search${g}`, 'opensearch-domain')
      .edge(`uploads${g}`, `index${g}`)
      .edge(`index${g}`, `search${g}`);
  }
  return b.build();
}

/**
 * Wall time and CPU time: on a shared machine the wall clock also counts other processes,
 * so node-steps per second are given per CPU second.
 */
function measure(groups: number, seconds: number, rate = 1500, series = false, run: Simulate = simulate): { nodes: number; ms: number; cpuMs: number; nodeStepsPerSecond: number; records: number } {
  const pipeline = benchPipeline(groups, rate);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = run(pipeline, { seconds, stepSeconds: 1, seed: 1, series });
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  const cpuMs = (used.user + used.system) / 1000;
  const nodes = pipeline.nodes.length;
  return { nodes, ms, cpuMs, nodeStepsPerSecond: (nodes * seconds) / (cpuMs / 1000), records: result.totals.produced };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// Warm up the JIT so the first row is not penalised.
measure(10, 3600);

console.log('The target: 100 nodes, one day (86,400 steps of 1 s), 1,500 records/s');
const target = measure(10, 86400);
console.log(`  through tsx, as the CLI runs it: ${fmt(target.records)} records in ${fmt(target.ms)} ms wall, ${fmt(target.cpuMs)} ms CPU: ${fmt(target.nodeStepsPerSecond)} node-steps per CPU second`);
const bundled = await bundledSimulate();
measure(10, 3600, 1500, false, bundled);
const inBundle = measure(10, 86400, 1500, false, bundled);
console.log(`  bundled, as the designer's worker runs it: ${fmt(inBundle.ms)} ms wall, ${fmt(inBundle.cpuMs)} ms CPU: ${fmt(inBundle.nodeStepsPerSecond)} node-steps per CPU second`);
// The designer always asks for series (its charts and playback).
const withSeries = measure(10, 86400, 1500, true, bundled);
console.log(`  bundled, with series (the designer's charts and playback): ${fmt(withSeries.ms)} ms wall, ${fmt(withSeries.cpuMs)} ms CPU\n`);

console.log('Cost by number of nodes (1 hour, 1,500 records/s in total)');
console.log('  nodes  wall ms  CPU ms  node-steps/CPU s');
for (const groups of [1, 5, 10, 20, 40]) {
  const m = measure(groups, 3600);
  console.log(`  ${String(m.nodes).padStart(5)} ${fmt(m.ms).padStart(8)} ${fmt(m.cpuMs).padStart(7)}  ${fmt(m.nodeStepsPerSecond).padStart(16)}`);
}

console.log('\nCost by simulated duration (100 nodes, 1,500 records/s)');
console.log('  hours  wall ms  CPU ms  node-steps/CPU s');
for (const hours of [1, 6, 24, 72]) {
  const m = measure(10, hours * 3600);
  console.log(`  ${String(hours).padStart(5)} ${fmt(m.ms).padStart(8)} ${fmt(m.cpuMs).padStart(7)}  ${fmt(m.nodeStepsPerSecond).padStart(16)}`);
}

console.log('\nCost by traffic (100 nodes, 1 hour): counts, not records, so it should barely move');
console.log('  records/s  wall ms  CPU ms');
for (const rate of [150, 1500, 15000, 150000]) {
  const m = measure(10, 3600, rate);
  console.log(`  ${fmt(rate).padStart(9)} ${fmt(m.ms).padStart(8)} ${fmt(m.cpuMs).padStart(7)}`);
}
