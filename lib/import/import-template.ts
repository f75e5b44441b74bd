import LZString from 'lz-string';
import { FORMAT_ID, CURRENT_VERSION, ID_PATTERN, parsePipeline, type Pipeline, type Problem, tooManyElementsMessage } from '../model';
import { inferEdges, type InferredEdge } from './infer-edges';
import { keepWhatIsNotDrawn } from './keep';
import { parseLeniently } from './lenient';
import { isSamTemplate, translateSam, type Resources, type SamTranslation } from './sam';
import { layoutPositions } from './layout';
import { ABSORBED_TYPES, mapResource, type MappedNode } from './map-resources';
import { parseTemplateText } from './parse-template';
import { isObj, Reader, target, type Obj } from './values';

export type ImportResult =
  | { ok: true; pipeline: Pipeline; unknownResources: { logicalId: string; type: string }[]; warnings: string[] }
  | { ok: false; problems: Problem[] };

const METADATA_KEY = 'Sluice';

/** A node id from a logical id: "OrdersQueue" -> "orders-queue", unique and within the id pattern. */
function nodeIdFor(logicalId: string, taken: Set<string>): string {
  const base = logicalId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9_-]+/g, '-').toLowerCase().replace(/^[^a-z0-9]+/, '').slice(0, 60) || 'node';
  let id = base;
  for (let n = 2; taken.has(id) || !ID_PATTERN.test(id); n++) id = `${base.slice(0, 58)}-${n}`;
  taken.add(id);
  return id;
}

function problemAt(path: string, message: string): Problem {
  return { path, pathSegments: path.split('.'), message };
}

/**
 * A CloudFormation or SAM template as a pipeline. Resources that carry Sluice metadata (this
 * exporter's own output) come back exactly as they were drawn; other resources Sluice knows
 * are read from their properties, and their edges from mappings, notifications,
 * subscriptions, targets, role policies and SAM events. Everything else is kept in the
 * document's `kept` part and exported unchanged: nothing is dropped.
 */
export interface ImportOptions {
  /** A name to use when the template carries none of its own (e.g. from its file name). */
  name?: string;
}

export function importCloudFormation(text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseTemplateText(text);
  if (!parsed.ok) return parsed;
  const warnings: string[] = [...parsed.warnings];
  let template = parsed.template;
  let translated = new Set<string>();
  let samEdges: SamTranslation['edges'] = [];
  if (isSamTemplate(template)) {
    const sam = translateSam(template);
    template = { ...template, Resources: sam.resources, ...(Object.keys(sam.parameters).length ? { Parameters: sam.parameters } : {}) };
    translated = sam.translated;
    samEdges = sam.edges;
    warnings.push(...sam.warnings);
  }
  const resources = template.Resources as Resources;
  const read = new Reader(isObj(template.Parameters) ? template.Parameters : {}, warnings);
  const own = isObj(template.Metadata) && isObj(template.Metadata[METADATA_KEY]) ? template.Metadata[METADATA_KEY] : undefined;
  const ownKept = own && typeof own.keptLz === 'string' ? parseKept(LZString.decompressFromBase64(own.keptLz) ?? '') : undefined;
  const ownKeptResources = ownKept && isObj(ownKept.resources) ? ownKept.resources : {};

  const nodes: Obj[] = [];
  const edges: Obj[] = [];
  const foreign = new Map<string, MappedNode>();
  const notDrawn: string[] = [];
  const logicalOf = new Map<string, string>(); // node id -> logical id, for problem paths
  const metaNodeOf = new Map<string, string>(); // logical id -> node id, for resources with metadata
  for (const [logicalId, r] of Object.entries(resources)) {
    const meta = isObj(r.Metadata) && isObj(r.Metadata[METADATA_KEY]) ? r.Metadata[METADATA_KEY] : undefined;
    if (meta && isObj(meta.node)) {
      nodes.push(meta.node);
      if (typeof meta.node.id === 'string') {
        logicalOf.set(meta.node.id, logicalId);
        metaNodeOf.set(logicalId, meta.node.id);
      }
      if (Array.isArray(meta.edges)) edges.push(...meta.edges.filter(isObj));
      continue;
    }
    if (meta && typeof meta.partOf === 'string') continue;
    if (logicalId in ownKeptResources) continue; // kept by an earlier import: comes back with the kept part
    const mapped = mapResource(logicalId, r.Type, r.Properties ?? {}, read);
    if (mapped) foreign.set(logicalId, mapped);
    else notDrawn.push(logicalId);
  }
  const unknownResources = notDrawn.filter((id) => !isUnderstood(resources[id].Type, resources[id].Properties ?? {}, own !== undefined)).map((logicalId) => ({ logicalId, type: resources[logicalId].Type }));

  if (own) {
    const rank = (order: unknown) => {
      const list = Array.isArray(order) ? order.map(String) : [];
      return (x: Obj) => {
        const i = list.indexOf(String(x.id));
        return i < 0 ? list.length : i;
      };
    };
    const nodeRank = rank(own.nodeOrder);
    const edgeRank = rank(own.edgeOrder);
    nodes.sort((a, b) => nodeRank(a) - nodeRank(b));
    edges.sort((a, b) => edgeRank(a) - edgeRank(b));
  }
  const taken = new Set(nodes.map((n) => String(n.id)));
  const idOf = new Map<string, string>();
  for (const [logicalId] of foreign) {
    const id = nodeIdFor(logicalId, taken);
    idOf.set(logicalId, id);
    logicalOf.set(id, logicalId);
  }
  // Foreign edges: only those with a foreign end, so a Sluice export is not wired twice.
  const inferred = inferEdges(resources, foreign, read, samEdges);
  const positions = layoutPositions([...foreign.keys()], inferred);
  for (const [logicalId, m] of foreign) {
    nodes.push({ id: idOf.get(logicalId), kind: m.kind, name: m.name, position: positions.get(logicalId), config: m.config });
  }
  const edgeIds = new Set(edges.map((e) => String(e.id)));
  const inferredOf = new Map<string, InferredEdge>();
  for (const e of inferred) {
    const source = idOf.get(e.source) ?? metaNodeOf.get(e.source);
    const tgt = idOf.get(e.target) ?? metaNodeOf.get(e.target);
    if (!source || !tgt) continue;
    let id = `${source}-to-${tgt}`.slice(0, 60);
    for (let n = 2; edgeIds.has(id); n++) id = `${source}-to-${tgt}`.slice(0, 57) + `-${n}`;
    edgeIds.add(id);
    edges.push({ id, source, target: tgt, config: e.config });
    inferredOf.set(id, e);
  }
  applyAsyncSettings(resources, foreign, read);
  applyGlueSchedules(resources, foreign, read);

  const raw: Obj = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    ...nameAndDescription(own, template.Description, options.name),
    nodes,
    edges,
    suppressions: own && Array.isArray(own.suppressions) ? own.suppressions : [],
  };
  // The same cap as a pipeline file: a template with thousands of resources would freeze the designer.
  const tooMany = tooManyElementsMessage(raw);
  if (tooMany) return { ok: false, problems: [{ path: '', pathSegments: [], message: `${tooMany} (one per resource Sluice knows)` }] };
  const foreignByNodeId = new Map([...foreign].map(([logicalId, m]) => [idOf.get(logicalId)!, m]));
  const { result: first, keptValues } = parseLeniently(raw, foreignByNodeId, resources, warnings);
  if (!first.ok) return { ok: false, problems: first.problems.map((p) => locate(p, nodes, logicalOf, foreign)) };
  // Sluice's own export: its kept part comes back whole; its own sections are Sluice's to make again.
  const kept = ownKept ?? keepWhatIsNotDrawn({ template: own ? { Resources: resources } : template, resources, notDrawn, foreign, idOf, translated, keptLoops: parsed.keptLoops, pipeline: first.pipeline, inferredOf, keptValues });
  const result = kept ? parsePipeline({ ...raw, kept }) : first;
  if (!result.ok) return { ok: false, problems: result.problems };
  // Resources Sluice has no node for are in `unknownResources`, listed once by the UI and the CLI.
  return { ok: true, pipeline: result.pipeline, unknownResources, warnings };
}

function parseKept(text: string): Obj | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return isObj(v) ? v : undefined;
  } catch {
    return undefined; // the pipeline's parse reports a damaged kept part; here it is just absent
  }
}

/** A problem of the built pipeline, at the template place it came from. */
function locate(p: Problem, nodes: Obj[], logicalOf: Map<string, string>, foreign: Map<string, MappedNode>): Problem {
  const [head, index, config, field] = p.pathSegments;
  if (head === 'nodes' && typeof index === 'number') {
    const node = nodes[index];
    const logicalId = logicalOf.get(String(node?.id));
    const m = logicalId ? foreign.get(logicalId) : undefined;
    if (m && config === 'config' && typeof field === 'string' && m.sources[field]) return problemAt(m.sources[field], p.message);
    if (logicalId) return problemAt(`Resources.${logicalId}${m ? '' : `.Metadata.${METADATA_KEY}.node`}`, `${p.path}: ${p.message}`);
  }
  return p;
}

/**
 * Whether a resource that is not a node is still part of what Sluice reads: a role, a
 * permission, a mapping... Alarms count only in Sluice's own exports (it makes them again).
 */
function isUnderstood(type: string, properties: Obj, sluiceExport: boolean): boolean {
  if (ABSORBED_TYPES.has(type)) return true;
  if (type === 'AWS::RDS::DBInstance') return properties.DBClusterIdentifier !== undefined;
  if (type === 'AWS::CloudWatch::Alarm' || type === 'AWS::S3::Bucket') return sluiceExport;
  return false;
}

/** EventInvokeConfig: a function's async retries and event age. */
function applyAsyncSettings(resources: Record<string, { Type: string; Properties?: Obj }>, foreign: Map<string, MappedNode>, read: Reader): void {
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::Lambda::EventInvokeConfig') continue;
    const fn = foreign.get(target(r.Properties?.FunctionName) ?? '');
    if (!fn) continue;
    const at = `Resources.${id}.Properties`;
    const retries = read.number(r.Properties?.MaximumRetryAttempts, `${at}.MaximumRetryAttempts`);
    const age = read.number(r.Properties?.MaximumEventAgeInSeconds, `${at}.MaximumEventAgeInSeconds`);
    if (retries !== undefined) {
      fn.config.asyncMaxRetries = retries;
      fn.sources.asyncMaxRetries = `${at}.MaximumRetryAttempts`;
    }
    if (age !== undefined) {
      fn.config.maxEventAgeSeconds = age;
      fn.sources.maxEventAgeSeconds = `${at}.MaximumEventAgeInSeconds`;
    }
  }
}

/** A SCHEDULED Glue trigger that starts one job is that job's own schedule. */
function applyGlueSchedules(resources: Record<string, { Type: string; Properties?: Obj }>, foreign: Map<string, MappedNode>, read: Reader): void {
  for (const [id, r] of Object.entries(resources)) {
    const p = r.Properties ?? {};
    if (r.Type !== 'AWS::Glue::Trigger' || p.Type !== 'SCHEDULED' || !Array.isArray(p.Actions)) continue;
    for (const a of p.Actions.filter(isObj)) {
      const job = foreign.get(target(a.JobName) ?? '');
      const schedule = read.string(p.Schedule, `Resources.${id}.Properties.Schedule`);
      if (job?.kind === 'glue-job' && schedule) {
        job.config.trigger = { type: 'schedule', schedule };
        job.sources.trigger = `Resources.${id}.Properties.Schedule`;
      }
    }
  }
}

/**
 * The pipeline's name and description: Sluice's own metadata when the template has it; else
 * a Description in Sluice's "name: description" form (what our exports and CDK apps write);
 * else the given name (a file name) with the whole Description as the description.
 */
function nameAndDescription(own: Obj | undefined, templateDescription: unknown, fallbackName: string | undefined): { name: string; description?: string } {
  const desc = typeof templateDescription === 'string' ? templateDescription.trim().slice(0, 10000) : '';
  const ownName = own && typeof own.name === 'string' ? own.name : undefined;
  const ownDescription = own && typeof own.description === 'string' ? own.description : undefined;
  if (ownName) return ownDescription === undefined ? { name: ownName } : { name: ownName, description: ownDescription };
  const named = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,99}): (.+)$/s.exec(desc);
  if (named) return { name: named[1], description: named[2] };
  const name = fallbackName?.trim().slice(0, 200) || (desc ? desc.slice(0, 60) : 'imported-template');
  return desc ? { name, description: desc } : { name };
}

/** A pipeline name from a template's file name: "OrderArchiverStack.template.json" -> "OrderArchiverStack". */
export function nameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/(\.(json|ya?ml|template))+$/i, '') || base;
}
