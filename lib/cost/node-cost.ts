import type { Pipeline, PipelineNode } from '../model';
import type { Activity, NodeActivity } from './activity';
import { designActivity } from './design';
import { priceActivity } from './estimate';
import type { Region } from './prices';

const cache = new WeakMap<Pipeline, Map<string, Activity>>();

/**
 * Each node's month of activity from the design, computed once per document (documents are
 * immutable): the cost rules each ask for it, and validation runs on every edit.
 */
export function designActivityByNode(pipeline: Pipeline): ReadonlyMap<string, Activity> {
  let byId = cache.get(pipeline);
  if (!byId) {
    byId = new Map(designActivity(pipeline).map((x: NodeActivity) => [x.node.id, x.activity]));
    cache.set(pipeline, byId);
  }
  return byId;
}

/** What one node costs a month with this activity, priced as the estimate prices it (lines rounded to the cent). */
export function nodeMonthly(node: PipelineNode, activity: Activity, region: Region): number {
  return priceActivity([{ node, activity }], region, 'design').nodes[node.id].monthly;
}
