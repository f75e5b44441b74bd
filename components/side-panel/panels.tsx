'use client';
import type { ComponentType } from 'react';
import { CodePanel } from '../code-panel/code-panel';
import { Inspector } from '../inspector/inspector';
import { JsonView } from '../json-view/json-view';
import { ProblemsPanel } from '../problems/problems-panel';
import { ProblemsTabLabel } from '../problems/problems-tab-label';
import { SimulatePanel } from '../simulation/simulate-panel';

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
  { id: 'json', label: 'JSON', Component: JsonView },
  { id: 'code', label: 'Code', Component: CodePanel },
];
