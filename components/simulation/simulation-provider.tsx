'use client';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { type ElementLiveFigures, LiveDecorationContext } from '../canvas/decorations';
import { useEditor, useEditorStore } from '../editor/store/editor-context';
import { prepareLiveFigures } from './live-figures';
import { sampleIndexAt } from './playback-clock';
import { SimulationContext, type SimulationHandle } from './simulation-context';
import { createSimulationRunner } from './simulation-runner';
import { createSimulationStore } from './simulation-store';
import { useResultStale } from './use-result-stale';
import './simulation.css';
import { useThrottled } from './use-throttled';

const NO_FIGURES: ReadonlyMap<string, ElementLiveFigures> = new Map();

/**
 * The sample the canvas shows now (throttled while playing): the charts put their playback
 * line and their read-out on the same sample, so a node's figures and its charts agree at
 * every tick.
 */
const ShownSampleContext = createContext(0);

export function useShownSample(): number {
  return useContext(ShownSampleContext);
}

/**
 * The simulation feature for one editor: its store and worker runner, the playback clock, and
 * the live figures the canvas draws at the playback time (none while the result is stale).
 */
export function SimulationProvider({ children }: { children: ReactNode }) {
  const [handle] = useState<SimulationHandle>(() => {
    const store = createSimulationStore();
    return { store, runner: createSimulationRunner(store) };
  });
  useEffect(() => () => handle.runner.dispose(), [handle]);
  const editor = useEditorStore();
  // A result belongs to the pipeline it was run on: loading another stored one clears it (and stops a run).
  useEffect(
    () =>
      editor.subscribe((state, previous) => {
        if (state.change === previous.change || state.change?.origin !== 'load' || state.documentKey === previous.documentKey) return;
        if (handle.store.getState().status.state === 'running') handle.runner.cancel();
        handle.store.getState().forget();
      }),
    [editor, handle],
  );

  return (
    <SimulationContext.Provider value={handle}>
      <PlaybackDriver handle={handle} />
      <LiveFigures handle={handle}>
        <FlowAnimation handle={handle}>{children}</FlowAnimation>
      </LiveFigures>
    </SimulationContext.Provider>
  );
}

/** Above this many nodes, edges do not animate: hundreds of moving dashes cost more than they tell. */
export const ANIMATED_EDGES_MAX_NODES = 150;

/**
 * Edges carrying records animate only while a run plays, and only on graphs small enough for it
 * to stay cheap. A layout-free wrapper (display: contents) scopes the rule in simulation.css.
 */
function FlowAnimation({ handle, children }: { handle: SimulationHandle; children: ReactNode }) {
  const playing = useStore(handle.store, (s) => s.clock.playing);
  const small = useEditor((s) => s.pipeline.nodes.length <= ANIMATED_EDGES_MAX_NODES);
  return (
    <div className="sim-scope" data-flow-animation={playing && small ? 'on' : 'off'}>
      {children}
    </div>
  );
}

/** How often the canvas may change while playing: about 10 times a second, less on big pipelines. */
export function frameInterval(nodeCount: number): number {
  return nodeCount > 200 ? 250 : 100;
}

function PlaybackDriver({ handle }: { handle: SimulationHandle }) {
  const playing = useStore(handle.store, (s) => s.clock.playing);
  const nodeCount = useEditor((s) => s.pipeline.nodes.length);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      handle.store.getState().tick(now - last);
      last = now;
    }, frameInterval(nodeCount));
    return () => clearInterval(timer);
  }, [playing, handle, nodeCount]);
  return null;
}

function LiveFigures({ handle, children }: { handle: SimulationHandle; children: ReactNode }) {
  const result = useStore(handle.store, (s) => s.result);
  const time = useStore(handle.store, (s) => s.clock.time);
  const nodeCount = useEditor((s) => s.pipeline.nodes.length);
  const stale = useResultStale();
  const figures = useMemo(() => (result ? prepareLiveFigures(result) : null), [result]);
  const index = useMemo(() => sampleIndexAt(result?.series?.time ?? [], time), [result, time]);
  const shownIndex = useThrottled(index, frameInterval(nodeCount));
  const live = useMemo(() => (figures && !stale && figures.samples ? figures.at(shownIndex) : NO_FIGURES), [figures, stale, shownIndex]);
  return (
    <ShownSampleContext.Provider value={shownIndex}>
      <LiveDecorationContext.Provider value={live}>{children}</LiveDecorationContext.Provider>
    </ShownSampleContext.Provider>
  );
}
