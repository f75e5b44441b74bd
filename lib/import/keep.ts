import { drawnEdge, drawnNode, type Kept, type KeptValue, type Pipeline } from '../model';
import type { InferredEdge } from './infer-edges';
import type { MappedNode } from './map-resources';
import { SAM_TRANSFORM, type Resources } from './sam';
import { isObj, target, type Obj } from './values';

/** Template sections written back as they were (Sluice writes its own Description and format version). */
const SECTIONS = ['Parameters', 'Conditions', 'Mappings', 'Outputs', 'Rules', 'Transform', 'Metadata'];

/** Types that belong to an API's own structure: written with the API while it is unchanged, else Sluice's own. */
const API_PARTS = /^AWS::ApiGateway(V2)?::(Resource|Method|Deployment|Stage|Integration|Route)$/;

export interface KeepInput {
  template: Obj;
  resources: Resources;
  notDrawn: string[];
  foreign: Map<string, MappedNode>;
  idOf: Map<string, string>;
  translated: Set<string>;
  keptLoops: Obj;
  pipeline: Pipeline;
  inferredOf: Map<string, InferredEdge>;
  keptValues: Map<string, KeptValue[]>;
}

/**
 * The document's kept part: every resource that is not a node, as written; per node its
 * resource and what it looked like when drawn; per edge the resources that carry it. A
 * resource Sluice makes again itself while its owner changes (a function's
 * EventInvokeConfig, an API's methods, a mapping) names that owner.
 */
export function keepWhatIsNotDrawn(input: KeepInput): Kept | undefined {
  const { template, resources, foreign, idOf, pipeline } = input;
  const sections: Obj = {};
  for (const key of SECTIONS) {
    let value = template[key];
    if (key === 'Transform') {
      const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((t) => t !== SAM_TRANSFORM);
      // A template that still has SAM types (an Application) keeps the transform it needs.
      const needsSam = Object.values(resources).some((r) => r.Type.startsWith('AWS::Serverless::'));
      value = needsSam ? [...list, SAM_TRANSFORM] : list.length ? list : undefined;
    }
    if (key === 'Metadata' && isObj(value)) {
      const { Sluice: _own, ...rest } = value;
      value = Object.keys(rest).length ? rest : undefined;
    }
    if (value !== undefined) sections[key] = value;
  }
  if (Object.keys(input.keptLoops).length) sections.Resources = input.keptLoops;

  const kept: Kept = { sections, resources: {}, nodes: {}, edges: {} };
  for (const id of input.notDrawn) kept.resources[id] = resources[id];

  const nodeById = new Map(pipeline.nodes.map((n) => [n.id, n]));
  for (const [logicalId] of foreign) {
    const nodeId = idOf.get(logicalId)!;
    const node = nodeById.get(nodeId);
    if (!node) continue;
    kept.nodes[nodeId] = {
      logicalId,
      resource: resources[logicalId],
      verbatim: !input.translated.has(logicalId),
      drawn: drawnNode(node),
      values: input.keptValues.get(nodeId) ?? [],
    };
  }
  const owners = new Map<string, string[]>();
  const own = (resourceId: string, owner: string) => owners.set(resourceId, [...(owners.get(resourceId) ?? []), owner]);
  for (const e of pipeline.edges) {
    const inferred = input.inferredOf.get(e.id);
    if (!inferred) continue;
    const via = inferred.via && inferred.via in kept.resources ? [inferred.via] : [];
    kept.edges[e.id] = { drawn: drawnEdge(e), resources: via, verbatim: !inferred.sam };
    for (const r of via) own(r, `edge:${e.id}`);
  }
  // Resources a node's own settings make again.
  for (const id of input.notDrawn) {
    const r = resources[id];
    const p = r.Properties ?? {};
    const nodeOf = (v: unknown) => {
      const t = target(v);
      return t && foreign.has(t) ? idOf.get(t) : undefined;
    };
    let owner: string | undefined;
    if (r.Type === 'AWS::Lambda::EventInvokeConfig') owner = nodeOf(p.FunctionName);
    else if (API_PARTS.test(r.Type)) owner = nodeOf(p.RestApiId ?? p.ApiId);
    else if (r.Type === 'AWS::RDS::DBInstance') owner = nodeOf(p.DBClusterIdentifier);
    else if (r.Type === 'AWS::Glue::Trigger' && p.Type === 'SCHEDULED' && Array.isArray(p.Actions) && p.Actions.length === 1 && isObj(p.Actions[0])) {
      owner = foreign.get(target(p.Actions[0].JobName) ?? '')?.kind === 'glue-job' ? nodeOf(p.Actions[0].JobName) : undefined;
    }
    if (owner) own(id, `node:${owner}`);
  }
  for (const [resourceId, list] of owners) {
    for (const o of list) {
      if (o.startsWith('node:')) {
        const k = kept.nodes[o.slice(5)];
        if (k) k.owns = [...(k.owns ?? []), resourceId];
      }
    }
  }
  const empty = !Object.keys(sections).length && !Object.keys(kept.resources).length && !Object.keys(kept.nodes).length;
  return empty ? undefined : kept;
}
