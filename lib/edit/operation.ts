import type { KindId, Pipeline, Problem, Suppression, SuppressionTarget } from '../model';

/** JSON-safe values: an operation must survive postMessage, localStorage and files. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface Position {
  x: number;
  y: number;
}

/** Where a config change applies: a node's or an edge's `config`. */
export type ConfigOwner = 'node' | 'edge';

/** A node as an operation adds it: the config may leave out fields that have defaults. */
export interface NodeDraft {
  id: string;
  kind: KindId;
  name: string;
  position?: Position;
  notes?: string;
  config: JsonObject;
}

export interface EdgeDraft {
  id: string;
  source: string;
  target: string;
  config: JsonObject;
}

/**
 * One change to a pipeline, as plain data: the store applies it, a fix is a list of them, the
 * JSON view and a template import produce one, and a test can generate any sequence of them.
 * `applyOperations` (apply.ts) is the only code that turns a document and operations into a
 * new document. Ids an operation adds are made unique when it is applied (the document may
 * have changed since it was written), and later operations of the same list follow the rename.
 */
export type Operation =
  | {
      type: 'add-node';
      node: NodeDraft;
      /** Without a position: place the node next to this one, clear of the others. */
      near?: string;
    }
  | { type: 'add-edge'; edge: EdgeDraft }
  /** `field` is a dotted config key ("trigger.schedule"); the owner's schema decides. */
  | { type: 'set-config'; owner: ConfigOwner; id: string; field: string; value: JsonValue }
  | { type: 'unset-config'; owner: ConfigOwner; id: string; field: string }
  | { type: 'rename-node'; nodeId: string; name: string }
  | { type: 'move'; positions: Readonly<Record<string, Position>> }
  /** Nodes go with every edge touching them; suppressions that named them go too. */
  | { type: 'remove'; nodeIds: readonly string[]; edgeIds: readonly string[] }
  /** One edge, which must still be there (a fix that removes a wrong connection). */
  | { type: 'remove-edge'; edgeId: string }
  /** A fragment (pipeline JSON) added with fresh ids and names; moved by `offset`, or to free space. */
  | { type: 'paste'; fragment: Pipeline; offset?: Position }
  /** `region` is one of PRICED_REGIONS (lib/model/region.ts): the Region the cost estimate prices. */
  | { type: 'set-info'; name?: string; description?: string; region?: string }
  | { type: 'suppress'; suppression: Suppression }
  /** Remove every suppression that hides findings of this rule on this element. */
  | { type: 'unsuppress'; finding: SuppressionTarget }
  /** The whole document (the JSON view's apply, a load): nodes and edges that did not change stay the same objects. */
  | { type: 'replace'; document: Pipeline };

export type OperationType = Operation['type'];

export interface Applied {
  ok: true;
  pipeline: Pipeline;
  /** Ids of the nodes and edges the operations added, as they were finally named. */
  added: { nodeIds: string[]; edgeIds: string[] };
}

export type ApplyResult = Applied | { ok: false; problems: Problem[]; reason: string };
