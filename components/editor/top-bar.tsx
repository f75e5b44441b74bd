'use client';
import type { ReactNode } from 'react';
import { emptyPipeline } from '@/lib/model';
import { EXAMPLES } from '../gallery/examples';
import { ValidationStatus } from '../validation/validation-status';
import { useEditor, useEditorStore } from './store/editor-context';
import type { Theme } from './use-theme';

interface Props {
  theme: Theme;
  onToggleTheme(): void;
  onAutoLayout(): void;
  /** A large auto-layout is running (in a worker). */
  arranging?: boolean;
  onFitView(): void;
  onShowShortcuts(): void;
  /** File actions (open, save, share...) contributed by the files feature. */
  fileMenu?: ReactNode;
}

export function TopBar({ theme, onToggleTheme, onAutoLayout, arranging = false, onFitView, onShowShortcuts, fileMenu }: Props) {
  const store = useEditorStore();
  const name = useEditor((s) => s.pipeline.name);
  const undoLabel = useEditor((s) => s.past[s.past.length - 1]?.label);
  const redoLabel = useEditor((s) => s.future[0]?.label);
  const empty = useEditor((s) => s.pipeline.nodes.length === 0);

  return (
    <header className="top-bar">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true">
          ≋
        </span>
        <span className="brand-name">Sluice</span>
      </h1>
      <div className="pipeline-title" title={name}>
        {name}
      </div>
      <ValidationStatus />
      <div className="toolbar" role="toolbar" aria-label="Editor actions">
        {/* The files feature's menu; throwaway editors (no storage) keep the plain New and Examples. */}
        {fileMenu ?? (
          <>
            <button type="button" onClick={() => store.getState().load(emptyPipeline(), { label: 'New pipeline' })}>
              New
            </button>
            <label className="select-button">
              <span className="visually-hidden">Open example</span>
              <select
                aria-label="Open example"
                value=""
                onChange={(e) => {
                  const example = EXAMPLES.find((x) => x.id === e.target.value);
                  if (example) store.getState().load(example.pipeline, { label: `Open example ${example.title}` });
                }}
              >
                <option value="">Examples…</option>
                {EXAMPLES.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.title}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" onClick={() => store.getState().undo()} disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'} aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'}>
          Undo
        </button>
        <button type="button" onClick={() => store.getState().redo()} disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel} (Shift+Ctrl+Z)` : 'Nothing to redo'} aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'}>
          Redo
        </button>
        <button type="button" onClick={onAutoLayout} disabled={empty || arranging} aria-busy={arranging} title="Arrange left to right by data flow (Shift+L)">
          {arranging ? 'Arranging…' : 'Auto-layout'}
        </button>
        <button type="button" onClick={onFitView} disabled={empty} title="Fit the pipeline in view (Shift+F)">
          Fit view
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" onClick={onToggleTheme} aria-pressed={theme === 'dark'} title={theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}>
          <span aria-hidden="true">{theme === 'dark' ? '☾ ' : '☀ '}</span>
          <span className="compact-hidden">Dark mode</span>
        </button>
        <button type="button" onClick={onShowShortcuts} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
      </div>
    </header>
  );
}
