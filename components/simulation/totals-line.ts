// Exact counts: rounded ones (7.15M + 11.2M) would not visibly add up.
import { formatCount } from '@/lib/simulate/format';

/**
 * How the run's totals relate, in words: each produced record ends delivered, in flight or
 * dropped, and so does each copy fan-out made (an SNS topic or a stream with several readers
 * hands each of them a copy), so the three add up to produced + copies: said with the numbers,
 * so the reader can check them.
 */
export function totalsLine(t: { produced: number; copies: number; delivered: number; inFlight: number; dropped: number }): string {
  const sum = t.delivered + t.inFlight + t.dropped;
  const head = `Delivered + in flight + dropped = ${formatCount(sum)}`;
  if (t.copies === 0) return sum === t.produced ? `${head} = produced.` : `${head}, produced ${formatCount(t.produced)}.`;
  const made = `produced ${formatCount(t.produced)} + ${formatCount(t.copies)} copies made by fan-out (a topic, bucket or stream handing each record to several places)`;
  return sum === t.produced + t.copies ? `${head} = ${made}.` : `${head}; ${made}.`;
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
