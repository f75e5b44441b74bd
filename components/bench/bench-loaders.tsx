'use client';
import dynamic from 'next/dynamic';

// Both bench pages load their canvas the same way the designer does (client-only chunk), so
// "time to an interactive canvas" compares like with like.
const loading = () => (
  <div className="app-loading" role="status">
    Loading…
  </div>
);

export const BareFlowLoader = dynamic(() => import('./bare-flow').then((m) => m.BareFlow), { ssr: false, loading });
export const BenchDesignerLoader = dynamic(() => import('./bench-designer').then((m) => m.BenchDesigner), { ssr: false, loading });
