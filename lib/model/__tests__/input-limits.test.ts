import { describe, expect, it } from 'vitest';
import { importCloudFormation } from '../../import';
import { readPipelineFile } from '../../persist/read-pipeline';
import { MAX_PIPELINE_EDGES, MAX_PIPELINE_NODES, MAX_PIPELINE_TEXT_CHARS, parsePipelineText } from '../index';

const doc = (nodes: number, edges = 0) =>
  JSON.stringify({
    format: 'sluice.pipeline',
    version: 1,
    name: 'big',
    nodes: Array.from({ length: nodes }, (_, i) => ({ id: `q${i}`, kind: 'sqs-queue', name: `q${i}` })),
    edges: Array.from({ length: edges }, (_, i) => ({ id: `e${i}`, source: 'q0', target: 'q1' })),
  });

describe('input limits, checked before the schema runs (docs/security.md)', () => {
  it(`opens ${MAX_PIPELINE_NODES} nodes and refuses one more, by count`, () => {
    expect(parsePipelineText(doc(MAX_PIPELINE_NODES)).ok).toBe(true);
    expect(parsePipelineText(doc(MAX_PIPELINE_NODES + 1))).toEqual({ ok: false, problems: [{ path: '', pathSegments: [], message: 'the pipeline has 2,001 nodes; Sluice opens at most 2,000' }] });
    expect(parsePipelineText(doc(2, MAX_PIPELINE_EDGES + 1))).toMatchObject({ ok: false, problems: [{ message: 'the pipeline has 10,001 connections; Sluice opens at most 10,000' }] });
  });

  it('refuses text over 5 MB without parsing it, and a dropped file says so with its name', () => {
    const text = `${doc(1).slice(0, -1)},"description":"${'x'.repeat(MAX_PIPELINE_TEXT_CHARS)}"}`;
    expect(parsePipelineText(text)).toMatchObject({ ok: false, problems: [{ message: 'the pipeline is larger than 5 MB, the most Sluice reads' }] });
    expect(readPipelineFile('big.sluice.json', text)).toEqual({ ok: false, message: 'Could not open big.sluice.json: the pipeline is larger than 5 MB, the most Sluice reads.' });
  });

  it('ignores a byte-order mark', () => {
    expect(parsePipelineText(`\ufeff${doc(1)}`).ok).toBe(true);
  });

  it('a template with more resources Sluice draws than a pipeline may hold is refused', () => {
    const resources = Object.fromEntries(Array.from({ length: MAX_PIPELINE_NODES + 1 }, (_, i) => [`Q${i}`, { Type: 'AWS::SQS::Queue' }]));
    const r = importCloudFormation(JSON.stringify({ Resources: resources }));
    expect(r).toEqual({ ok: false, problems: [{ path: '', pathSegments: [], message: 'the pipeline has 2,001 nodes; Sluice opens at most 2,000 (one per resource Sluice knows)' }] });
  });
});
