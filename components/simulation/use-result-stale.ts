'use client';
import { useEditor } from '../editor/store/editor-context';
import { useSimulation } from './simulation-context';
import { sameSimulationInputs } from './simulation-inputs';

/** True when the pipeline changed (in a way that matters to the simulation) since the shown run. */
export function useResultStale(): boolean {
  const resultPipeline = useSimulation((s) => s.resultPipeline);
  return useEditor((s) => resultPipeline !== null && !sameSimulationInputs(resultPipeline, s.pipeline));
}
