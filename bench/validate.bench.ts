/**
 * How long validation takes on large pipelines. Prints numbers; no pass/fail.
 *   npx tsx bench/validate.bench.ts
 * The designer validates on every keystroke, so a 1,000-node pipeline should take a few ms.
 */
import { performance } from 'node:perf_hooks';
import { parsePipeline, type Pipeline } from '../lib/model';
import { RULES, validatePipeline } from '../lib/validate';
import { baseDocument, type RawDoc } from '../lib/validate/testing/base-pipeline';

/** `copies` copies of the good base pipeline side by side, ids suffixed; `broken` breaks a few limits in each. */
function bigPipeline(copies: number, broken: boolean): Pipeline {
  const doc: RawDoc = { ...baseDocument(), nodes: [], edges: [] };
  for (let c = 0; c < copies; c++) {
    const base = baseDocument();
    const id = (x: string) => `${x}-${c}`;
    for (const n of base.nodes) {
      const config = structuredClone(n.config);
      if (broken && n.id === 'archive') config.timeoutSeconds = 1200;
      if (broken && n.id === 'lake-crawler') config.schedule = 'cron(* * * * ? *)';
      doc.nodes.push({ ...n, id: id(n.id), position: { x: (n.position?.x ?? 0) + c * 2000, y: n.position?.y ?? 0 }, config });
    }
    for (const e of base.edges) {
      const config = broken && e.id === 'clicks-to-enrich' ? { ...e.config, batchSize: 20000 } : e.config;
      doc.edges.push({ ...e, id: id(e.id), source: id(e.source), target: id(e.target), config });
    }
  }
  const parsed = parsePipeline(doc);
  if (!parsed.ok) throw new Error('bench pipeline is invalid');
  return parsed.pipeline;
}

function measure(label: string, pipeline: Pipeline, runs: number): void {
  for (let i = 0; i < 20; i++) validatePipeline(pipeline); // warm up the JIT
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findings = validatePipeline(pipeline).findings.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
  console.log(
    `${label.padEnd(34)} ${String(pipeline.nodes.length).padStart(5)} nodes ${String(pipeline.edges.length).padStart(5)} edges ` +
      `${String(findings).padStart(5)} findings   median ${pct(0.5)} ms   p95 ${pct(0.95)} ms   max ${pct(1)} ms`,
  );
}

console.log(`validatePipeline, ${RULES.length} rules, Node ${process.version}`);
measure('base pipeline', bigPipeline(1, false), 500);
measure('40 copies, clean', bigPipeline(40, false), 200);
measure('40 copies, 3 problems each', bigPipeline(40, true), 200);
measure('200 copies, 3 problems each', bigPipeline(200, true), 30);
