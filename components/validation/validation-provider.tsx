'use client';
import { createContext, type ReactNode, useContext, useDeferredValue, useMemo, useState } from 'react';
import type { Pipeline } from '@/lib/model';
import type { ElementFindings, FieldFinding } from '../canvas/decorations';
import type { ValidationResult } from '@/lib/validate';
import { validateLoaded } from '@/lib/validate/loaded';
import { FieldFindingsContext, FindingsDecorationContext } from '../canvas/decorations';
import { useCostModules } from '../cost/cost-loader';
import { useEditor } from '../editor/store/editor-context';
import { toElementFindings, toFieldFindings } from './decoration-maps';
import { differsOnlyInPositions } from './validation-input';
import './validation.css';

export interface LiveValidation extends ValidationResult {
  /** The document these findings are about: may lag the store by a render on big graphs, and by moves. */
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
  // The last document that needed validating (moves do not: see differsOnlyInPositions).
  const [input, setInput] = useState(current);
  if (input !== current && !differsOnlyInPositions(input, current)) setInput(current);
  const pipeline = useDeferredValue(input);
  // The cost rules join once lib/cost has loaded (after the page: see cost-loader.ts).
  const lateRules = useCostModules()?.rules;
  const live = useMemo<LiveValidation>(() => ({ ...validateLoaded(pipeline, lateRules), pipeline }), [pipeline, lateRules]);
  // Through a string, so an edit that changes no finding hands the canvas the same maps and
  // its hundreds of nodes do not re-render.
  const elementsJson = useMemo(() => JSON.stringify([...toElementFindings(live.findings)]), [live]);
  const fieldsJson = useMemo(() => JSON.stringify([...toFieldFindings(live.findings)]), [live]);
  const byElement = useMemo(() => new Map<string, ElementFindings>(JSON.parse(elementsJson)), [elementsJson]);
  const byField = useMemo(() => new Map<string, FieldFinding[]>(JSON.parse(fieldsJson)), [fieldsJson]);
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
