'use client';
import { type KeyboardEvent, type ReactNode, Suspense, useRef } from 'react';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import type { Panels } from '../editor/use-panels';
import { CANVAS_OVERLAY_ATTRIBUTE } from '../canvas/use-readable-fit';
import { PANELS } from './panels';
import { ResizeHandle } from './resize-handle';

/** Tabs (WAI-ARIA tab pattern: arrow keys move between tabs) over the inspector and feature panels. */
export function SidePanel({ panels, hideButton }: { panels?: Panels; hideButton?: ReactNode }) {
  const store = useEditorStore();
  const active = useEditor((s) => s.panel);
  const current = PANELS.find((p) => p.id === active) ?? PANELS[0];
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = (index + delta + PANELS.length) % PANELS.length;
    store.getState().setPanel(PANELS[next].id);
    tabs.current[next]?.focus();
  };

  return (
    <aside className="side-panel" id="side-panel" aria-label="Side panel" hidden={panels ? !panels.sideOpen : false} {...{ [CANVAS_OVERLAY_ATTRIBUTE]: '' }}>
      {panels ? <ResizeHandle width={panels.sideWidth} onResize={panels.setSideWidth} /> : null}
      <div className="tabs-row">
        <div role="tablist" aria-label="Panels" className="tabs">
          {PANELS.map((panel, i) => (
            <button
              key={panel.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              role="tab"
              id={`tab-${panel.id}`}
              aria-selected={panel.id === current.id}
              aria-controls={`panel-${panel.id}`}
              tabIndex={panel.id === current.id ? 0 : -1}
              className="tab"
              onClick={() => store.getState().setPanel(panel.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {panel.Label ? <panel.Label /> : panel.label}
            </button>
          ))}
        </div>
        {hideButton}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="tab-panel">
        <Suspense fallback={<p className="panel-loading">Loading…</p>}>
          <current.Component />
        </Suspense>
      </div>
    </aside>
  );
}
