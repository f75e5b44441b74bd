'use client';
import { useMemo } from 'react';
import { largePipeline } from '@/lib/model/testing/large-pipeline';
import { EditorApp } from '../editor/editor-app';
import type { BenchSize } from './bench-size';

/** The real designer on a generated graph, with persistence off so the user's saved work is never touched. */
export function BenchDesigner({ nodes, seed }: BenchSize) {
  const pipeline = useMemo(() => largePipeline({ nodes, seed }), [nodes, seed]);
  return <EditorApp initialPipeline={pipeline} persistence={false} />;
}
