import { BareFlowLoader } from '@/components/bench/bench-loaders';
import { benchSizeFrom } from '@/components/bench/bench-size';

export const metadata = { title: 'Bench: bare React Flow' };

/** Benchmark yardstick: `/bench/bare?nodes=500`. */
export default async function BareBenchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <BareFlowLoader {...benchSizeFrom(await searchParams)} />;
}
