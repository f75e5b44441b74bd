'use client';
import { type ComponentType, lazy } from 'react';
import { Inspector } from '../inspector/inspector';
import { ProblemsPanel } from '../problems/problems-panel';
import { ProblemsTabLabel } from '../problems/problems-tab-label';

// Loaded the first time their tab opens, not with the page: the exporter and Monaco (Code),
// the charts (Simulate), the cost tables (Cost) and the JSON editor are most of the designer's JavaScript.
const CodePanel = lazy(() => import('../code-panel/code-panel').then((m) => ({ default: m.CodePanel })));
const JsonView = lazy(() => import('../json-view/json-view').then((m) => ({ default: m.JsonView })));
const CostPanel = lazy(() => import('../cost/cost-panel').then((m) => ({ default: m.CostPanel })));
const SimulatePanel = lazy(() => import('../simulation/simulate-panel').then((m) => ({ default: m.SimulatePanel })));

export interface PanelDefinition {
  id: string;
  label: string;
  /** A live label (e.g. with a count); `label` is used when absent. */
  Label?: ComponentType;
  Component: ComponentType;
}

/** The side panel's tabs, in order. Each feature contributes its own panel component. */
export const PANELS: PanelDefinition[] = [
  { id: 'inspector', label: 'Inspector', Component: Inspector },
  { id: 'problems', label: 'Problems', Label: ProblemsTabLabel, Component: ProblemsPanel },
  { id: 'simulate', label: 'Simulate', Component: SimulatePanel },
  { id: 'cost', label: 'Cost', Component: CostPanel },
  { id: 'json', label: 'JSON', Component: JsonView },
  { id: 'code', label: 'Code', Component: CodePanel },
];
