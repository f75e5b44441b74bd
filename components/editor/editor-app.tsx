'use client';
import { ReactFlowProvider } from '@xyflow/react';
import { type CSSProperties, useCallback, useMemo, useRef, useState } from 'react';
import { autoLayoutOffMainThread, isLargeLayout } from '@/lib/edit/layout-off-main-thread';
import type { Pipeline } from '@/lib/model';
import { readableWidth } from '../canvas/fit-viewport';
import { PipelineCanvas } from '../canvas/pipeline-canvas';
import { useReadableFit, visibleCanvasArea } from '../canvas/use-readable-fit';
import { EmptyCanvasPrompt } from '../gallery/empty-canvas-prompt';
import { EXAMPLES } from '../gallery/examples';
import { Palette } from '../palette/palette';
import { SidePanel } from '../side-panel/side-panel';
import { EditorFeatures } from './editor-features';
import { NoticeToast } from './notice-toast';
import { HidePaletteButton, HideSidePanelButton, PanelRails } from './panel-toggles';
import { ShortcutSheet } from './shortcut-sheet';
import { EditorProvider, useEditorStore } from './store/editor-context';
import { TopBar } from './top-bar';
import { usePanels } from './use-panels';
import { useShortcuts } from './use-shortcuts';
import { useTheme } from './use-theme';

const createLayoutWorker = () => new Worker(new URL('../../lib/edit/layout-worker.ts', import.meta.url), { type: 'module' });

function EditorShell({ persistence }: { persistence: boolean }) {
  const store = useEditorStore();
  const [theme, toggleTheme] = useTheme();
  const [helpOpen, setHelpOpen] = useState(false);

  const readableFit = useReadableFit();
  const fitView = useCallback(() => readableFit(200), [readableFit]);
  // A large layout runs in a worker and takes a moment: show it, and ignore repeats meanwhile.
  const [arranging, setArranging] = useState(false);
  const arrangingRef = useRef(false);
  const runAutoLayout = useCallback(async () => {
    const before = store.getState().pipeline;
    if (!before.nodes.length || arrangingRef.current) return;
    const large = isLargeLayout(before);
    arrangingRef.current = true;
    if (large) setArranging(true);
    try {
      // As wide as the visible canvas shows at a readable zoom; a longer chain wraps into bands.
      const area = visibleCanvasArea();
      const positions = await autoLayoutOffMainThread(before, createLayoutWorker, area ? { maxWidth: readableWidth(area.width) } : {});
      store.getState().apply('Auto-layout', [{ type: 'move', positions }]);
      setTimeout(() => readableFit(200), 50);
    } catch (error) {
      store.getState().notify(`Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      arrangingRef.current = false;
      if (large) setArranging(false);
    }
  }, [store, readableFit]);

  const panels = usePanels();
  const { togglePalette, toggleSide } = panels;
  const actions = useMemo(
    () => ({ toggleHelp: () => setHelpOpen((o) => !o), autoLayout: () => void runAutoLayout(), fitView, togglePalette, toggleSidePanel: toggleSide }),
    [runAutoLayout, fitView, togglePalette, toggleSide],
  );
  useShortcuts(store, actions);

  return (
    <div className="editor" data-theme-name={theme}>
      <EditorFeatures
        persistence={persistence}
        renderTopBar={(fileMenu) => (
          <TopBar
            theme={theme}
            onToggleTheme={toggleTheme}
            onAutoLayout={() => void runAutoLayout()}
            arranging={arranging}
            onFitView={fitView}
            onShowShortcuts={() => setHelpOpen(true)}
            fileMenu={fileMenu}
          />
        )}
      >
        <div
          className="workspace"
          data-palette={panels.paletteOpen ? 'open' : 'closed'}
          data-side={panels.sideOpen ? 'open' : 'closed'}
          style={panels.sideWidth ? ({ '--side-w': `${panels.sideWidth}px` } as CSSProperties) : undefined}
        >
          <Palette hidden={!panels.paletteOpen} hideButton={<HidePaletteButton panels={panels} />} />
          <main className="canvas-area">
            <PipelineCanvas />
            <EmptyCanvasPrompt />
            <NoticeToast />
          </main>
          <SidePanel panels={panels} hideButton={<HideSidePanelButton panels={panels} />} />
          <PanelRails panels={panels} />
        </div>
      </EditorFeatures>
      <ShortcutSheet open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

export interface EditorAppProps {
  /** The document to open with (default: the first example). */
  initialPipeline?: Pipeline;
  /** false: a throwaway editor (benchmarks, demos) that neither restores nor saves the user's stored work. */
  persistence?: boolean;
}

/** The designer: one store per editor, React Flow's provider, and the shell. */
export function EditorApp({ initialPipeline, persistence = true }: EditorAppProps = {}) {
  return (
    <EditorProvider initial={initialPipeline ?? EXAMPLES[0].pipeline}>
      <ReactFlowProvider>
        <EditorShell persistence={persistence} />
      </ReactFlowProvider>
    </EditorProvider>
  );
}
