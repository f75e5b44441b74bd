import type { Pipeline } from '../model';
import type { NodeSim, Recommendation } from './behaviour';
import { formatCount, formatSeconds } from './format';
import type { NodeTotals, SimulationResult } from './result-types';

/**
 * The one node that limits the pipeline most, and what each behaviour recommends.
 * Records lost outweigh records late: the bottleneck is the node that dropped the most
 * records without a destination for them; when nothing was lost, the node whose oldest
 * waiting record is oldest, among nodes that do not hold records on purpose (buffers,
 * batch jobs) and that end with more waiting than 10 s of arrivals and 1 % of all received.
 */
export function summarize(pipeline: Pipeline, nodes: Record<string, NodeTotals>, sims: readonly NodeSim[], stepSeconds: number, elapsedSeconds = 0): SimulationResult['summary'] {
  const recommendations: Recommendation[] = [];
  sims.forEach((sim) => {
    if (sim.advise) recommendations.push(...sim.advise().map(clean));
  });
  let bottleneck: { nodeId: string; reason: string } | undefined;
  let worstLoss = 0;
  // A record still waiting after two steps means the node falls behind.
  let worstAge = 2 * stepSeconds;
  pipeline.nodes.forEach((node, i) => {
    const t = nodes[node.id];
    const c = sims[i].counters;
    const lost = t.throttled + t.expired + t.failed - c.rescued;
    if (lost > worstLoss) {
      worstLoss = lost;
      bottleneck = { nodeId: node.id, reason: lossReason(t, lost) };
    }
  });
  if (!bottleneck) {
    pipeline.nodes.forEach((node, i) => {
      const t = nodes[node.id];
      if (sims[i].buffersByDesign || t.backlog === 0) return;
      // Falling behind leaves more waiting than 10 seconds of arrivals and than 1 % of all
      // received; a few records waiting out their retries (a visibility timeout, a retry
      // delay) are not a bottleneck.
      const perSecond = elapsedSeconds > 0 ? t.received / elapsedSeconds : 0;
      if (t.backlog <= Math.max(perSecond * 10, t.received / 100)) return;
      if (t.maxAgeSeconds > worstAge) {
        worstAge = t.maxAgeSeconds;
        bottleneck = {
          nodeId: node.id,
          reason: `${formatCount(t.backlog)} records still wait at the end; the oldest waited ${formatSeconds(t.maxAgeSeconds)} (processed ${formatCount(t.processed)} of ${formatCount(t.received)} received)`,
        };
      }
    });
  }
  if (sims.every((sim) => sim.counters.produced === 0)) {
    // An all-zero run is not a healthy one: say why nothing happened.
    recommendations.unshift({ text: 'Nothing produced any records, so every figure is zero: set traffic (recordsPerSecond) on a source, such as an S3 bucket, a stream, a queue or an API, to simulate the pipeline under load.' });
  }
  return { ...(bottleneck ? { bottleneck } : {}), recommendations };
}

function lossReason(t: NodeTotals, lost: number): string {
  const parts: string[] = [];
  if (t.throttled > 0) parts.push(`${formatCount(t.throttled)} throttled`);
  if (t.expired > 0) parts.push(`${formatCount(t.expired)} expired`);
  if (t.failed > 0) parts.push(`${formatCount(t.failed)} failed`);
  const share = t.received > 0 ? ` (${((100 * lost) / t.received).toFixed(1)}% of ${formatCount(t.received)} received)` : '';
  return `lost ${formatCount(lost)} records: ${parts.join(', ')}${share}`;
}

function clean(r: Recommendation): Recommendation {
  const out: Recommendation = { text: r.text };
  if (r.nodeId !== undefined) out.nodeId = r.nodeId;
  if (r.edgeId !== undefined) out.edgeId = r.edgeId;
  if (r.relatedRule !== undefined) out.relatedRule = r.relatedRule;
  return out;
}
