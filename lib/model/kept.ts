import { z } from 'zod';

/**
 * The part of an imported template that Sluice does not draw, kept so an export gives it
 * back: resources with no node (a state machine, a VPC, a role a kept resource uses), the
 * template sections (Parameters, Conditions, Mappings, Outputs...), and per node the
 * resource as it was written. Part of the file format since version 3.
 */

/** CloudFormation logical ids are alphanumeric, up to 255 characters. */
export const LOGICAL_ID_PATTERN = /^[A-Za-z0-9]{1,255}$/;
const logicalIdSchema = z.string().regex(LOGICAL_ID_PATTERN, 'a logical id is 1 to 255 letters or digits');

/** A resource as the template wrote it: a Type and whatever else it had. */
export const keptResourceSchema = z.looseObject({
  Type: z.string().min(1, 'a kept resource needs its Type'),
  Properties: z.record(z.string(), z.unknown()).optional(),
});
export type KeptResource = z.output<typeof keptResourceSchema>;

/**
 * A value the template had that Sluice's designer does not offer (an engine written "MySQL",
 * a legacy instance type, 5 GB of storage): the node uses the designer's default or the
 * canonical spelling, and the export writes this value back at `property`.
 */
export const keptValueSchema = z.strictObject({
  field: z.string().min(1).meta({ description: 'The config field the designer shows in its place.' }),
  property: z.array(z.union([z.string(), z.number()])).min(1).meta({ description: 'Where it goes under the resource Properties.' }),
  value: z.unknown(),
  reason: z.string().max(1000).meta({ description: 'Why the designer could not take it as it is.' }),
});
export type KeptValue = z.output<typeof keptValueSchema>;

export const keptNodeSchema = z.strictObject({
  logicalId: logicalIdSchema,
  /** The resource as read (SAM resources translated to what CloudFormation deploys). */
  resource: keptResourceSchema,
  /** Whether `resource` may be written back as it is while the node is unchanged (not SAM, not made up from an event). */
  verbatim: z.boolean().default(false),
  /** JSON of the node's name and config at import: differs once the user edits the node. */
  drawn: z.string().default(''),
  values: z.array(keptValueSchema).default([]),
  /** Kept resources the node's settings make again (its EventInvokeConfig, an API's methods): written only with the verbatim resource. */
  owns: z.array(z.string()).optional(),
});
export type KeptNode = z.output<typeof keptNodeSchema>;

export const keptEdgeSchema = z.strictObject({
  /** JSON of source, target and config at import. */
  drawn: z.string(),
  /** The kept resources that are this edge (a mapping, a subscription): written only while it is unchanged. */
  resources: z.array(logicalIdSchema).default([]),
  verbatim: z.boolean().default(false),
});
export type KeptEdge = z.output<typeof keptEdgeSchema>;

export const keptSchema = z.strictObject({
  sections: z.record(z.string(), z.unknown()).default({}).meta({ description: 'Template sections as written: Parameters, Conditions, Mappings, Outputs, Transform...' }),
  resources: z.record(z.string().regex(LOGICAL_ID_PATTERN), keptResourceSchema).default({}),
  nodes: z.record(z.string(), keptNodeSchema).default({}),
  edges: z.record(z.string(), keptEdgeSchema).default({}),
});
export type Kept = z.output<typeof keptSchema>;

/** What a node's `drawn` snapshot compares. */
export function drawnNode(node: { name: string; config: unknown }): string {
  return JSON.stringify({ name: node.name, config: node.config });
}

export function drawnEdge(edge: { source: string; target: string; config: unknown }): string {
  return JSON.stringify({ source: edge.source, target: edge.target, config: edge.config });
}

/**
 * The kept values that still apply to a node: those whose field the user has not changed since
 * the import (compared with the `drawn` snapshot). Once the user sets the field, the designer's
 * value is the one exported, and the kept one is no longer in force.
 */
export function keptValuesInForce(node: { name: string; config: unknown }, kept: KeptNode | undefined): KeptValue[] {
  if (!kept?.values.length) return [];
  if (!kept.drawn) return kept.values;
  let drawn: Record<string, unknown> | undefined;
  try {
    drawn = (JSON.parse(kept.drawn) as { config?: Record<string, unknown> }).config;
  } catch {
    return kept.values;
  }
  const now = (node.config ?? {}) as Record<string, unknown>;
  return kept.values.filter((v) => JSON.stringify(now[v.field]) === JSON.stringify(drawn?.[v.field]));
}

/** Kept resources by how they are shown: grouped by service ("AWS::EC2::VPC" -> "EC2"). */
export function keptGroups(kept: Kept | undefined): { service: string; resources: { logicalId: string; type: string }[] }[] {
  const groups = new Map<string, { logicalId: string; type: string }[]>();
  for (const [logicalId, r] of Object.entries(kept?.resources ?? {})) {
    const service = r.Type.split('::')[1] ?? r.Type;
    if (!groups.has(service)) groups.set(service, []);
    groups.get(service)!.push({ logicalId, type: r.Type });
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([service, resources]) => ({ service, resources }));
}
