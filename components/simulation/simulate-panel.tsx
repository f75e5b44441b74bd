'use client';
import { ValidationErrorsNote } from '../validation/errors-note';
import { PlaybackControls } from './playback-controls';
import { RunControls } from './run-controls';
import { RunSettingsForm } from './run-settings-form';
import { useSimulation } from './simulation-context';
import { SimulationCharts } from './simulation-charts';
import { SimulationSummary } from './simulation-summary';
import { useResultStale } from './use-result-stale';

/** The Simulate tab: settings and Run, then playback, the summary and charts of the last run. */
export function SimulatePanel() {
  const result = useSimulation((s) => s.result);
  const pipeline = useSimulation((s) => s.resultPipeline);
  const running = useSimulation((s) => s.status.state === 'running');
  const stale = useResultStale();

  return (
    <section className="sim-panel" aria-label="Simulate">
      <p className="inspector-description">
        Replays traffic through the pipeline with each service&apos;s limits, to show where records back up, get throttled or are lost.
      </p>
      <ValidationErrorsNote consequence="AWS would refuse or break parts of it as drawn; the simulation runs it as drawn all the same." />
      <RunSettingsForm disabled={running} />
      <RunControls />
      {result && pipeline ? (
        stale ? (
          <>
            <p className="sim-stale" role="status">
              The pipeline changed since this run — Run again to see current figures. The canvas no longer shows this run.
            </p>
            <SimulationSummary result={result} pipeline={pipeline} stale />
          </>
        ) : (
          <>
            {result.series ? <PlaybackControls times={result.series.time} /> : null}
            <SimulationSummary result={result} pipeline={pipeline} />
            <SimulationCharts result={result} pipeline={pipeline} />
          </>
        )
      ) : null}
    </section>
  );
}
