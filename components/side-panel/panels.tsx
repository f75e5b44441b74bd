'use client';
import type { ComponentType } from 'react';
import { Inspector } from '../inspector/inspector';

export interface PanelDefinition {
  id: string;
  label: string;
  Component: ComponentType;
}

/** The side panel's tabs, in order. Each feature contributes its own panel component. */
export const PANELS: PanelDefinition[] = [{ id: 'inspector', label: 'Inspector', Component: Inspector }];
