import type { ConfigOwner, JsonValue, Operation } from '../edit';
import type { KindId, Pipeline, PipelineEdge, PipelineNode } from '../model';
import type { ValidationContext } from './context';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One step of a mechanical fix: an edit operation (lib/edit), plain data, so the UI can show,
 * store and replay it, and applying it is the same code path as any other edit.
 */
export type FixChange = Operation;
export type { ConfigOwner, JsonValue };

/** A fix the user can apply with one click (and undo: applying is a pure document -> document step). */
export interface FixAction {
  /** Button text, e.g. "Set batch size to 10,000". */
  label: string;
  changes: FixChange[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  title: string;
  docsUrl: string;
  nodeId?: string;
  edgeId?: string;
  /** The config key, e.g. "batchSize" or "traffic.recordsPerSecond". */
  field?: string;
  /** JSON path in the document, e.g. ['edges', 2, 'config', 'batchSize'], for editor markers. */
  path: (string | number)[];
  message: string;
  /** The suggested fix, in words. */
  fix?: string;
  action?: FixAction;
  /** Only on suppressed findings: the reason written in the suppression. */
  suppressedReason?: string;
}

export type RuleArea = 'lambda' | 'event-source-mapping' | 'sqs' | 'kinesis' | 'dynamodb' | 'glue' | 'emr' | 's3' | 'firehose' | 'cost' | 'general';

/** What `sluice rules`, the docs and the UI show about a rule. */
export interface RuleDefinition {
  id: string;
  /** The most severe level the rule reports (a few rules also report a milder one). */
  severity: Severity;
  title: string;
  /** The AWS documentation page the limit comes from. */
  docsUrl: string;
  /** Why the rule exists: what goes wrong in production without it. */
  description: string;
  area: RuleArea;
}

/** A tiny document fragment for the docs: nodes and edges as written in a file. */
export interface RuleExample {
  nodes: { id: string; kind: KindId; config?: Record<string, unknown> }[];
  edges?: { id: string; source: string; target: string; config?: Record<string, unknown> }[];
  suppressions?: { rule: string; reason: string; nodeId?: string; edgeId?: string }[];
  /** The part an imported template keeps (file format version 3), for rules about it. */
  kept?: Record<string, unknown>;
}

/** What a rule's check returns; the runner adds rule id, title, docs URL and (unless set) the rule's severity. */
export type DraftFinding = Omit<Finding, 'rule' | 'title' | 'docsUrl' | 'severity' | 'suppressedReason'> & { severity?: Severity };

export interface Rule extends RuleDefinition {
  /** Never throws on a valid pipeline (the runner still guards it). */
  check(ctx: ValidationContext): DraftFinding[];
  /** Executable examples for docs/rules.md: `failing` triggers the rule, `passing` does not. */
  examples: { failing: RuleExample; passing: RuleExample };
}

export type { Pipeline, PipelineEdge, PipelineNode };
