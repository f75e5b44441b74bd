/** Numbers as people read them in messages and tables. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function formatSeconds(s: number): string {
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  if (s < 120) return `${Number(s.toFixed(1))} s`;
  if (s < 7200) return `${Number((s / 60).toFixed(1))} min`;
  if (s < 172800) return `${Number((s / 3600).toFixed(1))} h`;
  return `${Number((s / 86400).toFixed(1))} days`;
}

export function formatRate(perSecond: number): string {
  return `${Number(perSecond.toFixed(perSecond < 10 ? 2 : 0)).toLocaleString('en-US')}/s`;
}
