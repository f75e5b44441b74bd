// Exact counts: rounded ones (7.15M + 11.2M) would not visibly add up.
import { formatCount } from '@/lib/simulate/format';

/**
 * How the run's totals relate, in words: each produced record ends delivered, in flight or
 * dropped, so the three add up to what was produced. When they add up to more, records were
 * copied on the way (an SNS topic or a stream with several readers hands each of them a copy):
 * said so, with how many, rather than left for the reader to find.
 */
export function totalsLine(t: { produced: number; delivered: number; inFlight: number; dropped: number }): string {
  const sum = t.delivered + t.inFlight + t.dropped;
  const head = `Delivered + in flight + dropped = ${formatCount(sum)}`;
  if (sum === t.produced) return `${head} = produced.`;
  if (sum > t.produced) return `${head}: ${formatCount(sum - t.produced)} more than produced, because records were copied on the way (fan-out: an SNS topic or a stream with several readers delivers a copy to each).`;
  return `${head}: ${formatCount(t.produced - sum)} fewer than produced (records a service consumed without passing them on).`;
}

/**
 * The run's Lambda throttles, all functions together: invocations refused for lack of
 * concurrency, each function's figure being the one its concurrency advice cites. A result
 * made before the field existed has none.
 */
export function totalThrottles(nodes: Record<string, { throttles?: number }>): number {
  let sum = 0;
  for (const n of Object.values(nodes)) sum += n.throttles ?? 0;
  return sum;
}
