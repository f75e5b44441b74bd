'use client';
import { useEffect, useRef, useState } from 'react';
import type { Pipeline } from '@/lib/model';
import { type CodeExport, type ExportReply, type ExportView, runExport } from './run-export';

/** Edits come in bursts (typing a number, dragging): export once they pause. */
const EXPORT_DELAY_MS = 200;

export interface ExportState {
  /** The latest successful export; kept while a newer one is on its way. */
  result?: CodeExport;
  error?: string;
  working: boolean;
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The export for the Code panel, computed in a Web Worker (on the page when workers are unavailable); only the latest request's reply counts. */
export function useExport(pipeline: Pipeline, view: ExportView, alarms: boolean): ExportState {
  const [state, setState] = useState<ExportState>({ working: true });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const w = startWorker();
    worker.current = w;
    if (!w) return;
    w.onmessage = (event: MessageEvent<ExportReply>) => {
      if (event.data.id === latest.current) setState((s) => settle(s, event.data));
    };
    w.onerror = () => {
      // A worker that cannot load (old browser, blocked script): export on the page instead.
      worker.current = null;
      w.terminate();
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    const id = ++latest.current;
    setState((s) => (s.working ? s : { ...s, working: true }));
    const timer = setTimeout(() => {
      const request = { id, pipeline, view, alarms };
      if (worker.current) worker.current.postMessage(request);
      else setState((s) => settle(s, runExport(request)));
    }, EXPORT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pipeline, view, alarms]);

  return state;
}

function settle(state: ExportState, reply: ExportReply): ExportState {
  return reply.ok ? { result: reply.result, working: false } : { result: state.result, error: reply.error, working: false };
}
