import { drawnEdge, drawnNode, keptValuesInForce, type Kept, type KeptNode, type Pipeline } from '../../model';
import type { ExportContext } from './context';
import { bucketNameSub } from './references';
import { referencesIn, renameIds } from './rewrite';
import type { CfnResource, CfnTemplate } from './types';

type Obj = Record<string, unknown>;

/** Properties where the template's own value is kept over Sluice's: physical names, descriptions, code. */
const ORIGINAL_WINS = new Set(['FunctionName', 'QueueName', 'TopicName', 'TableName', 'Name', 'RuleName', 'DeliveryStreamName', 'DomainName', 'ClusterIdentifier', 'DBInstanceIdentifier', 'DBClusterIdentifier', 'BucketName', 'StreamName', 'Description', 'Code', 'Tags']);
/** Properties of which a resource has one: the template's is added only when Sluice wrote none of the group. */
const ONE_OF = [
  ['S3DestinationConfiguration', 'ExtendedS3DestinationConfiguration', 'RedshiftDestinationConfiguration', 'ElasticsearchDestinationConfiguration', 'AmazonopensearchserviceDestinationConfiguration', 'AmazonOpenSearchServerlessDestinationConfiguration', 'SplunkDestinationConfiguration', 'HttpEndpointDestinationConfiguration', 'SnowflakeDestinationConfiguration', 'IcebergDestinationConfiguration'],
  ['ScheduleExpression', 'EventPattern'],
];
const ATTRIBUTES = ['Condition', 'DependsOn', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy'];

/**
 * An imported template's kept part, merged into Sluice's template:
 * - a node the user has not changed (nor any edge it writes) is written as the template had
 *   it, under its logical id, with the kept resources that carry its settings;
 * - a changed or SAM-translated node is Sluice's resource under the original logical id,
 *   with the template's properties Sluice does not write, and its kept values;
 * - an unchanged edge is its kept resources (a mapping, a subscription) and not Sluice's;
 * - kept resources and sections come back as written; Sluice's ids that collide move aside.
 * References follow every rename, so nothing points at a resource that is gone.
 */
export function applyKept(template: CfnTemplate, ctx: ExportContext, resourcesByNode: Record<string, string[]>, resourcesByEdge: Record<string, string[]>): void {
  const { pipeline } = ctx;
  const kept = pipeline.kept;
  if (!kept) return;
  const plan = planKept(pipeline, kept, ctx);
  const reserved = new Set<string>([...Object.keys(kept.resources), ...Object.values(kept.nodes).map((k) => k.logicalId), ...Object.keys(obj(kept.sections.Parameters)), ...Object.keys(obj(kept.sections.Outputs))]);

  // Sluice's ids: node primaries take the template's logical ids; anything else that collides moves aside.
  const rename = new Map<string, string>();
  const texts = new Map<string, string>();
  for (const n of pipeline.nodes) {
    const k = kept.nodes[n.id];
    if (!k) continue;
    const primary = ctx.primary(n.id);
    rename.set(primary, k.logicalId);
    // The template's bucket name replaces the one Sluice would compute, when it is text (a
    // Ref to the bucket would make role -> bucket -> notification -> function -> role a cycle).
    const bucketName = n.kind === 's3-bucket' ? nameText(k.resource.Properties?.BucketName, obj(kept.sections.Parameters)) : undefined;
    if (bucketName) texts.set(bucketNameSub(n.id), bucketName);
    // SAM's implicit role (<Function>Role) is the role Sluice makes for the function.
    const roleRef = (template.Resources[primary]?.Properties?.Role as Obj | undefined)?.['Fn::GetAtt'];
    if (!k.verbatim && k.resource.Type === 'AWS::Lambda::Function' && k.resource.Properties?.Role === undefined && Array.isArray(roleRef) && !reserved.has(`${k.logicalId}Role`)) {
      rename.set(String(roleRef[0]), `${k.logicalId}Role`);
    }
  }
  // An edge written as the template had it replaces Sluice's resources for it; what else Sluice
  // writes and points at them (a role's grant on a stream consumer) points at the template's
  // resource of the same type instead: one the edge's kept resources are, or refer to.
  for (const edgeId of plan.edgesAsWritten) {
    const keptIds = kept.edges[edgeId]?.resources ?? [];
    const candidates = [...new Set([...keptIds, ...keptIds.flatMap((id) => [...referencesIn(kept.resources[id] ?? {})])])];
    for (const id of resourcesByEdge[edgeId] ?? []) {
      const type = template.Resources[id]?.Type;
      const match = candidates.find((c) => kept.resources[c]?.Type === type);
      if (match && !rename.has(id)) rename.set(id, match);
    }
  }
  const targets = new Set(rename.values());
  const moveAside = (id: string) => {
    if (rename.has(id) || (!reserved.has(id) && !targets.has(id))) return;
    let n = 1;
    let candidate = `${id}Sluice`;
    while (reserved.has(candidate) || targets.has(candidate) || template.Resources[candidate]) candidate = `${id}Sluice${++n}`;
    rename.set(id, candidate);
    targets.add(candidate);
  };
  for (const id of [...Object.keys(template.Resources), ...Object.keys(template.Parameters ?? {}), ...Object.keys(template.Outputs ?? {})]) moveAside(id);

  // A verbatim node's own resources go, except those that carry an edge Sluice writes.
  const sluiceEdges = new Set(pipeline.edges.filter((e) => !plan.edgesAsWritten.has(e.id)).flatMap((e) => resourcesByEdge[e.id] ?? []));
  const removed = new Set<string>();
  for (const nodeId of plan.nodesAsWritten) for (const id of resourcesByNode[nodeId] ?? []) if (!sluiceEdges.has(id)) removed.add(id);
  for (const edgeId of plan.edgesAsWritten) for (const id of resourcesByEdge[edgeId] ?? []) removed.add(id);

  const resources: Record<string, CfnResource> = {};
  const fromSluice = new Set<string>();
  for (const [id, r] of Object.entries(template.Resources)) {
    if (removed.has(id)) continue;
    const to = rename.get(id) ?? id;
    resources[to] = renameIds(r, rename, texts) as CfnResource;
    fromSluice.add(to);
  }
  for (const n of pipeline.nodes) {
    const k = kept.nodes[n.id];
    if (!k) continue;
    const sluiceMeta = template.Resources[ctx.primary(n.id)]?.Metadata;
    if (plan.nodesAsWritten.has(n.id)) {
      const original = structuredClone(k.resource) as unknown as CfnResource;
      original.Metadata = { ...(original.Metadata ?? {}), ...(sluiceMeta ?? {}) };
      resources[k.logicalId] = original;
      fromSluice.delete(k.logicalId);
    } else if (resources[k.logicalId]) mergeOriginal(resources[k.logicalId], k, keptValuesInForce(n, k));
  }
  for (const [id, r] of Object.entries(kept.resources)) {
    if (plan.written(id)) resources[id] = structuredClone(r) as unknown as CfnResource;
  }
  const sections = kept.sections;
  const parameters = { ...obj(sections.Parameters), ...(renameIds(renameKeys(template.Parameters ?? {}, rename), rename) as Obj) };
  const outputs = { ...obj(sections.Outputs), ...(renameIds(renameKeys(template.Outputs ?? {}, rename), rename, texts) as Obj) };
  const out = template as unknown as Obj;
  for (const key of ['Conditions', 'Mappings', 'Rules', 'Transform']) if (sections[key] !== undefined) out[key] = sections[key];
  if (sections.Metadata !== undefined) out.Metadata = { ...obj(sections.Metadata), ...(template.Metadata ?? {}) };
  Object.assign(resources, obj(sections.Resources)); // Fn::ForEach loops kept as written
  dropDangling(resources, fromSluice, parameters, outputs);
  template.Resources = sortKeys(resources) as Record<string, CfnResource>;
  template.Parameters = sortKeys(parameters) as CfnTemplate['Parameters'];
  if (Object.keys(outputs).length) template.Outputs = sortKeys(outputs) as CfnTemplate['Outputs'];
  else delete template.Outputs;
}

interface KeptPlan {
  nodesAsWritten: Set<string>;
  edgesAsWritten: Set<string>;
  /** Whether a kept resource is written: all of its owners are written as they were. */
  written(logicalId: string): boolean;
}

/** Which nodes and edges are written back as the template had them. */
export function planKept(pipeline: Pipeline, kept: Kept, ctx: Pick<ExportContext, 'graph'>): KeptPlan {
  const edgeUnchanged = new Set(pipeline.edges.filter((e) => kept.edges[e.id]?.verbatim && kept.edges[e.id].drawn === drawnEdge(e)).map((e) => e.id));
  // An edge Sluice writes changes the resource that carries it: the function's role for a
  // mapping, else its source (a bucket's notifications, a rule's targets).
  const forced = new Set<string>();
  for (const e of pipeline.edges) {
    if (edgeUnchanged.has(e.id)) continue;
    forced.add(ctx.graph.connection(e)?.meaning === 'event-source-mapping' ? e.target : e.source);
  }
  const nodesAsWritten = new Set(pipeline.nodes.filter((n) => {
    const k = kept.nodes[n.id];
    return k?.verbatim && k.drawn === drawnNode(n) && !forced.has(n.id);
  }).map((n) => n.id));
  const owners = new Map<string, string[]>();
  for (const [nodeId, k] of Object.entries(kept.nodes)) for (const r of k.owns ?? []) owners.set(r, [...(owners.get(r) ?? []), `node:${nodeId}`]);
  for (const [edgeId, k] of Object.entries(kept.edges)) for (const r of k.resources) owners.set(r, [...(owners.get(r) ?? []), `edge:${edgeId}`]);
  const written = (id: string) => (owners.get(id) ?? []).every((o) => (o.startsWith('node:') ? nodesAsWritten.has(o.slice(5)) : edgeUnchanged.has(o.slice(5))));
  const edgesAsWritten = new Set([...edgeUnchanged].filter((id) => kept.edges[id].resources.every(written)));
  return { nodesAsWritten, edgesAsWritten, written };
}

/** Sluice's resource for a changed node, with what the template had that Sluice does not write. */
function mergeOriginal(resource: CfnResource, k: KeptNode, values: KeptNode['values']): void {
  const props = (resource.Properties ??= {}) as Obj;
  for (const [key, value] of Object.entries(k.resource.Properties ?? {})) {
    const group = ONE_OF.find((g) => g.includes(key));
    if (group && group.some((g) => g !== key && props[g] !== undefined)) continue;
    if (props[key] === undefined || ORIGINAL_WINS.has(key) || isEmpty(props[key])) props[key] = value;
  }
  // A kept value applies while its field is as imported; a value the user set since is Sluice's to write.
  for (const v of values) setAt(props, v.property, v.value);
  const r = resource as unknown as Obj;
  for (const a of ATTRIBUTES) if (r[a] === undefined && (k.resource as Obj)[a] !== undefined) r[a] = (k.resource as Obj)[a];
}

/** Sluice's resources and any output that point at something no longer there are dropped; DependsOn keeps what exists. */
function dropDangling(resources: Record<string, CfnResource>, fromSluice: Set<string>, parameters: Obj, outputs: Obj): void {
  const exists = (id: string) => id in resources || id in parameters;
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of fromSluice) {
      const r = resources[id];
      if (!r) continue;
      const { DependsOn: _d, ...rest } = r;
      if ([...referencesIn(rest)].some((x) => !exists(x))) {
        delete resources[id];
        changed = true;
      }
    }
  }
  for (const r of Object.values(resources)) {
    const d = (r as unknown as Obj).DependsOn;
    if (d === undefined) continue;
    const list = (Array.isArray(d) ? d : [d]).filter((x) => typeof x !== 'string' || x in resources);
    if (list.length) (r as unknown as Obj).DependsOn = list;
    else delete (r as unknown as Obj).DependsOn;
  }
  for (const [id, o] of Object.entries(outputs)) if ([...referencesIn(o)].some((x) => !exists(x))) delete outputs[id];
}

function setAt(root: Obj, path: (string | number)[], value: unknown): void {
  let o: unknown = root;
  for (const [i, k] of path.entries()) {
    const last = i === path.length - 1;
    const container = o as Record<string | number, unknown>;
    if (last) container[k] = value;
    else {
      if (container[k] === undefined || typeof container[k] !== 'object') container[k] = typeof path[i + 1] === 'number' ? [] : {};
      o = container[k];
    }
  }
}

/** A name written as text, or as Fn::Sub over parameters and pseudo parameters only (no resource). */
function nameText(value: unknown, parameters: Obj): string | undefined {
  if (typeof value === 'string') return value.replace(/\$\{/g, '${!');
  const text = value && typeof value === 'object' ? (value as Obj)['Fn::Sub'] : undefined;
  if (typeof text !== 'string') return undefined;
  const names = [...text.matchAll(/\$\{([^}!.]+)\}/g)].map((m) => m[1]);
  return names.every((x) => x.startsWith('AWS::') || x in parameters) ? text : undefined;
}

const isEmpty = (v: unknown) => (Array.isArray(v) ? v.length === 0 : !!v && typeof v === 'object' && Object.keys(v).length === 0);
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const renameKeys = (o: object, rename: ReadonlyMap<string, string>): Obj => Object.fromEntries(Object.entries(o).map(([k, v]) => [rename.get(k) ?? k, v]));
const sortKeys = (o: Obj): Obj => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
