/**
 * How much Sluice reads from one input, checked before any work is done on it (parsing, layout,
 * simulation), so a huge or hostile file, link or template gets a message instead of freezing
 * a tab or filling the heap. docs/security.md lists these limits.
 */

/** Sluice's own bound on a pipeline document's text (a 2,000-node design is about 1 MB). */
export const MAX_PIPELINE_TEXT_CHARS = 5 * 1024 * 1024;

/**
 * Sluice's own bound on the nodes and edges of one pipeline: four times the 500 resources one
 * CloudFormation stack may hold (every node is at least one resource), and well above the
 * 500-node designs the canvas is tuned for (docs/performance.md).
 */
export const MAX_PIPELINE_NODES = 2000;
export const MAX_PIPELINE_EDGES = 10000;

/** CloudFormation's quotas page, where the template limits below come from (checked 2026-12-06). */
export const CLOUDFORMATION_QUOTAS_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';

/** The largest template body CloudFormation accepts (uploaded to S3): 1 MB. CLOUDFORMATION_QUOTAS_URL */
export const MAX_TEMPLATE_TEXT_BYTES = 1024 * 1024;

/** The most resources one CloudFormation stack (one template) may declare: 500. CLOUDFORMATION_QUOTAS_URL */
export const MAX_STACK_RESOURCES = 500;

/** The byte-order mark some editors put first in a UTF-8 file; JSON.parse refuses it, so it is dropped. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A size in MB as messages show it ("5 MB", "0.1 MB"). */
export const formatMb = (n: number) => `${(n / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/** A message when `text` is longer than `max` characters, naming what was read. */
export function tooLongMessage(what: string, length: number, max: number): string | undefined {
  return length > max ? `${what} is larger than ${formatMb(max)}, the most Sluice reads` : undefined;
}

/** A message when a document's nodes or edges are more than Sluice opens. */
export function tooManyElementsMessage(raw: unknown): string | undefined {
  const doc = raw as { nodes?: unknown; edges?: unknown } | null;
  if (!doc || typeof doc !== 'object') return undefined;
  if (Array.isArray(doc.nodes) && doc.nodes.length > MAX_PIPELINE_NODES) {
    return `the pipeline has ${doc.nodes.length.toLocaleString('en-US')} nodes; Sluice opens at most ${MAX_PIPELINE_NODES.toLocaleString('en-US')}`;
  }
  if (Array.isArray(doc.edges) && doc.edges.length > MAX_PIPELINE_EDGES) {
    return `the pipeline has ${doc.edges.length.toLocaleString('en-US')} connections; Sluice opens at most ${MAX_PIPELINE_EDGES.toLocaleString('en-US')}`;
  }
  return undefined;
}
