'use client';
import { useMemo, useState } from 'react';
import { sampleEvent, sampleEventsOf, type SampleEvent } from '@/lib/events';
import type { PipelineGraph } from '@/lib/model';
import { LazyCodeEditor } from '../monaco/lazy-code-editor';
import './sample-events.css';

/**
 * The event AWS delivers through each connection into a function (lib/events), read-only in
 * Monaco and copyable. Loaded on first use (sample-events-lazy.tsx): the designer's first load
 * stays small.
 */
export function SampleEvents({ graph, edgeId, functionId }: { graph: PipelineGraph; edgeId?: string; functionId?: string }) {
  const samples = useMemo(() => {
    if (edgeId !== undefined) {
      const s = sampleEvent(graph, edgeId);
      return 'error' in s ? [] : [s];
    }
    return functionId !== undefined ? sampleEventsOf(graph, functionId) : [];
  }, [graph, edgeId, functionId]);
  if (samples.length === 0) return null;
  return (
    <section className="sample-events" aria-label="Sample events">
      <h3 className="sample-events-title">{samples.length === 1 ? 'Sample event' : 'Sample events'}</h3>
      {samples.map((s) => (
        <OneSample key={s.edgeId} sample={s} graph={graph} />
      ))}
    </section>
  );
}

function OneSample({ sample, graph }: { sample: SampleEvent; graph: PipelineGraph }) {
  const [status, setStatus] = useState('');
  const text = useMemo(() => JSON.stringify(sample.event, null, 2), [sample]);
  const from = graph.node(sample.sourceId)?.name ?? sample.sourceId;
  const to = graph.node(sample.functionId)?.name ?? sample.functionId;
  const label = `Sample event from ${from} to ${to}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied to the clipboard.');
    } catch {
      setStatus('The browser refused the clipboard: select the text in the editor and copy it.');
    }
  };
  // Monaco renders only the lines in view: the box is tall enough for a short sample, scrolls for the rest.
  const lines = text.split('\n').length;
  return (
    <div className="sample-event">
      <div className="sample-event-toolbar">
        <span className="sample-event-from">
          {from} → {to}
        </span>
        <button type="button" onClick={copy} aria-label={`Copy ${label.charAt(0).toLowerCase()}${label.slice(1)}`}>
          Copy
        </button>
        <span role="status" className="sample-event-status">
          {status}
        </span>
      </div>
      <ul className="sample-event-notes">
        {sample.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <div className="sample-event-editor" style={{ height: `${Math.min(320, Math.max(120, lines * 18))}px` }}>
        <LazyCodeEditor path={`sample-event-${sample.edgeId}.json`} language="json" value={text} ariaLabel={label} readOnly />
      </div>
    </div>
  );
}
