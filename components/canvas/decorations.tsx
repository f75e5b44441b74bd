'use client';
import { createContext, useContext } from 'react';

/**
 * What other features draw on top of nodes and edges: validation findings and live
 * simulation figures. Features provide these through context so the canvas knows none of them.
 */
export interface ElementFindings {
  errors: number;
  warnings: number;
  infos: number;
  messages: string[];
}

export interface ElementLiveFigures {
  /** One short line per figure, e.g. "backlog 12,400". */
  lines: string[];
  /** 0..1: share of the busiest edge's throughput, for edge thickness. */
  load?: number;
  bottleneck?: boolean;
}

export interface Decorations {
  findings: ReadonlyMap<string, ElementFindings>;
  live: ReadonlyMap<string, ElementLiveFigures>;
}

const EMPTY: Decorations = { findings: new Map(), live: new Map() };

export const FindingsDecorationContext = createContext<ReadonlyMap<string, ElementFindings>>(EMPTY.findings);
export const LiveDecorationContext = createContext<ReadonlyMap<string, ElementLiveFigures>>(EMPTY.live);

export function useElementFindings(id: string): ElementFindings | undefined {
  return useContext(FindingsDecorationContext).get(id);
}

export function useElementLive(id: string): ElementLiveFigures | undefined {
  return useContext(LiveDecorationContext).get(id);
}

/** Findings for one config field, keyed `${nodeId or edgeId}:${field}`; the inspector shows them under the field. */
export interface FieldFinding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  rule: string;
}
export const FieldFindingsContext = createContext<ReadonlyMap<string, FieldFinding[]>>(new Map());

export function useFieldFindings(elementId: string, field: string): FieldFinding[] {
  return useContext(FieldFindingsContext).get(`${elementId}:${field}`) ?? [];
}

/** Each node's monthly cost as a short figure ("$67/mo"), from the cost feature; absent until it is computed. */
export const CostDecorationContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useElementCost(id: string): string | undefined {
  return useContext(CostDecorationContext).get(id);
}

/**
 * The change in the monthly bill the last setting change made, keyed `${nodeId or edgeId}:${field}`
 * (the field that changed), e.g. "+$212.00/month": the inspector shows it beside the field.
 */
export const FieldCostDeltaContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useFieldCostDelta(elementId: string, field: string): string | undefined {
  return useContext(FieldCostDeltaContext).get(`${elementId}:${field}`);
}
