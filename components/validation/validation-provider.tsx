'use client';
import { createContext, type ReactNode, useContext, useDeferredValue, useMemo } from 'react';
import type { Pipeline } from '@/lib/model';
import { validatePipeline, type ValidationResult } from '@/lib/validate';
import { FieldFindingsContext, FindingsDecorationContext } from '../canvas/decorations';
import { useEditor } from '../editor/store/editor-context';
import { toElementFindings, toFieldFindings } from './decoration-maps';
import './validation.css';

export interface LiveValidation extends ValidationResult {
  /** The document these findings are about (may lag the store by a render on big graphs). */
  pipeline: Pipeline;
}

const ValidationContext = createContext<LiveValidation | null>(null);

/**
 * Validates the document on every change and hands the findings to the canvas (badges,
 * outlines), the inspector (under each field) and the problems panel. The document is
 * immutable, so memoizing on the object is exact; the deferred value keeps typing smooth
 * should a big graph ever take long to check.
 */
export function ValidationProvider({ children }: { children: ReactNode }) {
  const current = useEditor((s) => s.pipeline);
  const pipeline = useDeferredValue(current);
  const live = useMemo<LiveValidation>(() => ({ ...validatePipeline(pipeline), pipeline }), [pipeline]);
  const byElement = useMemo(() => toElementFindings(live.findings), [live]);
  const byField = useMemo(() => toFieldFindings(live.findings), [live]);
  return (
    <ValidationContext.Provider value={live}>
      <FindingsDecorationContext.Provider value={byElement}>
        <FieldFindingsContext.Provider value={byField}>{children}</FieldFindingsContext.Provider>
      </FindingsDecorationContext.Provider>
    </ValidationContext.Provider>
  );
}

/** The live findings of the open document. Use inside <ValidationProvider> (mounted by EditorFeatures). */
export function useValidation(): LiveValidation {
  const value = useContext(ValidationContext);
  if (!value) throw new Error('useValidation must be used inside <ValidationProvider>');
  return value;
}
