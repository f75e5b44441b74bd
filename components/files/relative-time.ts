const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "3 minutes ago", "just now": how long since a pipeline changed, in the user's language. */
export function relativeTime(then: number, now: number, locale?: string): string {
  const elapsed = now - then;
  if (elapsed < 45_000) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return format.format(-Math.round(elapsed / ms), unit);
  }
  return format.format(-1, 'minute');
}
