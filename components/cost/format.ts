/**
 * Money as the cost feature shows it: in full in the panel ("$1,234.56"), short on the canvas
 * ("$1.2k/mo"), and as a signed change beside a setting ("+$212.00/month").
 */

export function formatUsd(usd: number): string {
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A node's monthly figure on the canvas: three significant figures at most. */
export function shortUsd(usd: number): string {
  if (usd <= 0) return '$0/mo';
  if (usd < 0.01) return '<$0.01/mo';
  if (usd < 100) return `$${Number(usd.toFixed(2))}/mo`;
  if (usd < 1000) return `$${Math.round(usd)}/mo`;
  if (usd < 1e6) return `$${Number((usd / 1000).toPrecision(3))}k/mo`;
  return `$${Number((usd / 1e6).toPrecision(3))}M/mo`;
}

/** The change a setting made to the monthly total: "+$212.00/month", "−$5.10/month", "no change in cost". */
export function formatDelta(delta: number): string {
  // Totals are sums of cents: anything under half a cent is float noise, not a change.
  if (Math.abs(delta) < 0.005) return 'no change in cost';
  return `${delta > 0 ? '+' : '−'}${formatUsd(Math.abs(delta))}/month`;
}
