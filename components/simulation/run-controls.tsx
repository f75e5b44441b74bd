'use client';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { checkRunSettings } from './run-settings-form';
import { useSimulation, useSimulationHandle } from './simulation-context';

/** Run (in the worker), a progress bar and Cancel while it runs, and what went wrong if it did. */
export function RunControls() {
  const editor = useEditorStore();
  const { runner } = useSimulationHandle();
  const settings = useSimulation((s) => s.settings);
  const status = useSimulation((s) => s.status);
  const hasResult = useSimulation((s) => s.result !== null);
  const empty = useEditor((s) => s.pipeline.nodes.length === 0);
  const invalid = Object.keys(checkRunSettings(settings)).length > 0;
  const running = status.state === 'running';

  const run = () => runner.run(editor.getState().pipeline, { ...settings, series: true });

  return (
    <div className="sim-run">
      {running ? (
        <div className="sim-progress">
          <progress aria-label="Simulation progress" max={1} value={status.fraction} />
          <span aria-live="polite">Simulating… {Math.floor(status.fraction * 100)}%</span>
          <button type="button" onClick={() => runner.cancel()}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="primary" disabled={invalid || empty} onClick={run}>
          {hasResult ? 'Run again' : 'Run simulation'}
        </button>
      )}
      {empty ? <p className="field-hint">Add services to the canvas to simulate them.</p> : null}
      {status.state === 'cancelled' ? (
        <p role="status" className="field-hint">
          The run was cancelled.{hasResult ? ' The previous result is still shown.' : ''}
        </p>
      ) : null}
      {status.state === 'failed' ? (
        <p role="alert" className="field-error">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
