import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePipeline } from '@/lib/model';
import { simulate } from '@/lib/simulate';
import { chartReadout, nodeCharts } from '../chart-data';
import { prepareLiveFigures } from '../live-figures';

const examplesDir = join(__dirname, '../../../examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.sluice.json'));

/**
 * During replay a node's figures on the canvas and its charts show the same series at the same
 * tick. The issue saw a function read "in 0/s, out 0/s" while its chart showed ~2k/s: here every
 * node of every example, at every sample of a 1 h run, says what its charts' read-outs say.
 */
describe('node figures on the canvas match the charts at every tick', () => {
  it.each(examples)('%s', (file) => {
    const parsed = parsePipeline(JSON.parse(readFileSync(join(examplesDir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const pipeline = parsed.pipeline;
    const result = simulate(pipeline, { seconds: 3600, stepSeconds: 1, seed: 1, series: true });
    const live = prepareLiveFigures(result);
    const samples = result.series!.time.length;
    for (const node of pipeline.nodes) {
      const [throughput, backlog, pressure] = nodeCharts(result, node.id, node.name);
      for (let i = 0; i < samples; i += 37) {
        const lines = live.at(i).get(node.id)!.lines;
        const said = (spec: typeof throughput) => chartReadout(spec, i).replace(/^At [\d:]+: /, '');
        // "in X, out Y" on the node is the throughput chart's in and out at the same tick.
        expect(said(throughput).startsWith(lines[0]), `${node.id} at ${i}: ${lines[0]} vs ${said(throughput)}`).toBe(true);
        const b = result.series!.nodes[node.id].backlog[i];
        expect(said(backlog)).toContain(`backlog ${b === 0 ? '0' : lines[1].replace(/^backlog /, '').replace(/, oldest .*/, '')}`);
        const conc = lines.find((l) => l.startsWith('concurrency '));
        if (conc) expect(said(pressure)).toContain(conc);
      }
    }
  });
});
