import type { NodeActivity } from './activity';
import { FREE_TIER, type PriceId, PRICES, type Region } from './prices';
import { type Usage, usageOf } from './usage';

/** One line of the bill. The shape is the public JSON of `sluice cost --json`: keep it exactly. */
export interface CostLine {
  /** What it counts, so a user can check it by hand: "2.63 M invocations × $0.20/M". */
  item: string;
  quantity: number;
  unit: string;
  unitPrice: number;
  monthly: number;
  /** The AWS pricing page of the price. */
  source: string;
}

export interface NodeCost {
  monthly: number;
  lines: CostLine[];
}

export type CostBasis = 'design' | 'simulation';

export interface CostEstimate {
  region: Region;
  currency: 'USD';
  basis: CostBasis;
  /** The list-price bill, free tiers not taken off. */
  monthlyTotal: number;
  /** What the always-free monthly tiers would take off the total (shown apart, never hidden in it). */
  freeTierCredit: number;
  nodes: Record<string, NodeCost>;
}

/** Cents, rounded half up, as the Pricing Calculator shows each line. */
export function cents(usd: number): number {
  // 36,500 × 0.00013 is 4.7449999… in binary floating point; the Calculator, in decimal, says 4.745 → 4.75.
  return Math.round(Number((usd * 100).toPrecision(12))) / 100;
}

/** 2,628,000 → "2.63 M"; 12,500 → "12,500"; 0.52 → "0.52". */
export function formatQuantity(q: number): string {
  if (q >= 1e9) return `${trim((q / 1e9).toFixed(2))} B`;
  if (q >= 1e6) return `${trim((q / 1e6).toFixed(2))} M`;
  if (q >= 100) return Math.round(q).toLocaleString('en-US');
  return trim(q.toFixed(q >= 1 ? 2 : 4));
}

/** $0.0000002 per request → "$0.20/M"; $0.015 per shard-hour → "$0.015/shard-hour". */
export function formatUnitPrice(usd: number, unit: string): string {
  // Per-request prices read best per million; per-GB-second ones are quoted in full on AWS's page.
  if (usd > 0 && usd < 0.0001 && usd * 1e6 >= 0.01 && !/second|GB/.test(unit)) return `$${trim((usd * 1e6).toFixed(4), 2)}/M`;
  if (usd > 0 && usd < 0.0001) return `$${usd.toPrecision(6).replace(/0+$/, '')}/${unit}`;
  return `$${trim(usd.toFixed(6), 2)}/${unit}`;
}

/** Drop trailing zeros, keeping at least `keep` decimals. */
function trim(text: string, keep = 0): string {
  if (!text.includes('.')) return text;
  const [whole, frac] = text.split('.');
  let f = frac.replace(/0+$/, '');
  while (f.length < keep) f += '0';
  return f.length > 0 ? `${whole}.${f}` : whole;
}

function line(u: Usage, region: Region): CostLine {
  const quantity = Math.round(u.quantity * 1e4) / 1e4;
  if (!u.price) return { item: `${formatQuantity(quantity)} ${u.counts} (${u.note ?? 'no price'})`, quantity, unit: u.counts, unitPrice: 0, monthly: 0, source: '' };
  const unitPrice = u.price.usd[region];
  const note = u.note ? ` (${u.note})` : '';
  return {
    item: `${formatQuantity(quantity)} ${u.counts} × ${formatUnitPrice(unitPrice, u.price.unit)}${note}`,
    quantity,
    unit: u.price.unit,
    unitPrice,
    monthly: cents(u.quantity * unitPrice),
    source: u.price.source,
  };
}

/** Prices each node's month of activity: lines per node, the total, and the free tiers apart. */
export function priceActivity(activities: NodeActivity[], region: Region, basis: CostBasis): CostEstimate {
  const nodes: Record<string, NodeCost> = {};
  const byPrice = new Map<PriceId, number>();
  let total = 0;
  for (const { node, activity } of activities) {
    const usages = usageOf(node, activity);
    const lines = usages.map((u) => line(u, region));
    for (const u of usages) if (u.priceId) byPrice.set(u.priceId, (byPrice.get(u.priceId) ?? 0) + u.quantity);
    const monthly = cents(lines.reduce((s, l) => s + l.monthly, 0));
    nodes[node.id] = { monthly, lines };
    total += monthly;
  }
  // Each allowance is used once per account; a shared one (Lambda GB-s) across its prices.
  const left = new Map<string, number>();
  let credit = 0;
  for (const [id, quantity] of byPrice) {
    const free = FREE_TIER[id];
    if (!free) continue;
    const pool = free.pool ?? id;
    const allowance = left.get(pool) ?? free.quantity;
    const used = Math.min(quantity, allowance);
    left.set(pool, allowance - used);
    credit += cents(used * PRICES[id].usd[region]);
  }
  return { region, currency: 'USD', basis, monthlyTotal: cents(total), freeTierCredit: cents(credit), nodes };
}
