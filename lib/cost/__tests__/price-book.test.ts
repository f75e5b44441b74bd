import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateDesign, FREE_TIER, INSTANCE_HOURS, PRICES, type PriceItem, REGIONS } from '..';
import { KIND_IDS, PipelineBuilder } from '../../model';
import { redshiftCluster } from '../../model/kinds/redshift-cluster';
import { arbitraryPipeline } from '../../model/testing/arbitrary-pipeline';

const AWS_PAGE = /^https:\/\/aws\.amazon\.com\/[a-z0-9/-]+\/$/;

describe('price book', () => {
  it.each(KIND_IDS)('prices %s (default settings) in every region, each line with its AWS page', (kind) => {
    const p = new PipelineBuilder().node('n', kind).build();
    for (const region of REGIONS) {
      const lines = estimateDesign(p, region).nodes.n.lines;
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.unitPrice, `${kind} ${region}: ${line.item}`).toBeGreaterThan(0);
        expect(line.source).toMatch(AWS_PAGE);
      }
    }
  });

  it('every price has a positive number per region, its pricing page and the date checked', () => {
    const items = [...Object.values(PRICES), ...Object.values(INSTANCE_HOURS).flatMap((t) => Object.values(t))];
    for (const item of items) {
      expect(item.source).toMatch(AWS_PAGE);
      expect(item.checked).toBe('2026-12-06');
      for (const region of REGIONS) expect(item.usd[region]).toBeGreaterThan(0);
      for (const region of item.confirmed) expect(REGIONS).toContain(region);
    }
  });

  it('every price is confirmed on an AWS page it names, or says why it is not, Region by Region', () => {
    const items = [...Object.values(PRICES), ...Object.values(INSTANCE_HOURS).flatMap((t) => Object.values(t))] as PriceItem[];
    for (const item of items) {
      if (item.confirmed.length > 0) expect(item.confirmedBy).toMatch(/^https:\/\/aws\.amazon\.com\//);
      if (item.confirmed.length < REGIONS.length) expect(item.unconfirmed?.length ?? 0).toBeGreaterThan(20);
    }
    // Checked 2026-12-06: the three an AWS page's own text showed.
    expect(Object.entries(PRICES).filter(([, i]) => i.confirmed.length > 0).map(([id]) => id)).toEqual(['lambdaRequest', 'lambdaGbSecondX86', 'glueDpuHour']);
  });

  it('free tiers name prices that exist', () => {
    for (const id of Object.keys(FREE_TIER)) expect(PRICES).toHaveProperty(id);
  });
});

describe('estimates are finite for any valid pipeline', () => {
  it('every line and total is a finite number of cents, in every region (random pipelines)', () => {
    fc.assert(
      fc.property(arbitraryPipeline({ maxNodes: 8 }), fc.constantFrom(...REGIONS), (pipeline, region) => {
        const e = estimateDesign(pipeline, region);
        expect(Number.isFinite(e.monthlyTotal)).toBe(true);
        expect(Number.isFinite(e.freeTierCredit)).toBe(true);
        for (const node of Object.values(e.nodes)) {
          for (const line of node.lines) {
            expect(Number.isFinite(line.quantity) && line.quantity >= 0, line.item).toBe(true);
            expect(Number.isFinite(line.monthly) && line.monthly >= 0, line.item).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('every Redshift node type the kind offers has a price', () => {
    const types = redshiftCluster.configSchema.shape.nodeType.unwrap().options;
    for (const type of types) expect(INSTANCE_HOURS.redshift, type).toHaveProperty(type);
  });
});
