import { BenchDesignerLoader } from '@/components/bench/bench-loaders';
import { benchSizeFrom } from '@/components/bench/bench-size';

export const metadata = { title: 'Bench: Sluice designer' };

/** The designer on a generated graph, nothing saved: `/bench/designer?nodes=500`. */
export default async function DesignerBenchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <BenchDesignerLoader {...benchSizeFrom(await searchParams)} />;
}
