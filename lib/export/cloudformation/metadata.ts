import LZString from 'lz-string';
import type { Pipeline, PipelineEdge, PipelineNode } from '../../model';
import type { CfnObject, CfnValue } from './types';

export const METADATA_KEY = 'Sluice';
export const METADATA_VERSION = 1;

/** What the template's own Metadata keeps of the pipeline, so an import gives it back whole. */
export function pipelineMetadata(pipeline: Pipeline): CfnObject {
  return json({
    format: pipeline.format,
    version: pipeline.version,
    name: pipeline.name,
    ...(pipeline.description !== undefined ? { description: pipeline.description } : {}),
    suppressions: pipeline.suppressions,
    // The drawing order, which resource order (sorted by logical id) does not keep.
    nodeOrder: pipeline.nodes.map((n) => n.id),
    edgeOrder: pipeline.edges.map((e) => e.id),
    metadataVersion: METADATA_VERSION,
    // What an imported template had that is not drawn, so importing this export keeps it again.
    // One compressed text (lz-string, base64): template metadata is checked as plain data (no
    // decimals, no "${...}" outside Fn::Sub), YAML must not retype it, and it stays small.
    ...(pipeline.kept ? { keptLz: LZString.compressToBase64(JSON.stringify(pipeline.kept)) } : {}),
  }) as CfnObject;
}

/** A node and the edges that start at it, kept on the node's main resource. */
export function nodeMetadata(node: PipelineNode, outgoing: PipelineEdge[]): CfnObject {
  return json({ node, edges: outgoing }) as CfnObject;
}

/** Drop undefined fields: a template value is JSON. */
function json(value: unknown): CfnValue {
  return JSON.parse(JSON.stringify(value)) as CfnValue;
}
