import { type Activity, cents, designActivityByNode, PRICES, type Region, SECONDS_PER_MONTH } from '../../cost';
import { emptyActivity } from '../../cost/activity';
import type { Pipeline } from '../../model';

/** The pricing pages the cost rules cite (the same pages as the price book's sources). */
export const PRICING_PAGES = {
  kinesis: PRICES.kinesisShardHour.source,
  dynamodb: PRICES.dynamodbWriteRequestUnit.source,
  dynamodbProvisioned: PRICES.dynamodbWcuHour.source,
  glue: PRICES.glueDpuHour.source,
  lambda: PRICES.lambdaRequest.source,
} as const;

/** What the cost rules read: the pipeline's Region and each node's month of activity from the design. */
export interface CostFacts {
  region: Region;
  activity(nodeId: string): Activity;
  /** Records per second arriving at the node, steady state. */
  recordsPerSecond(nodeId: string): number;
}

export function costFacts(pipeline: Pipeline): CostFacts {
  const byId = designActivityByNode(pipeline);
  const activity = (id: string) => byId.get(id) ?? emptyActivity();
  return { region: pipeline.region ?? 'us-east-1', activity, recordsPerSecond: (id) => activity(id).records / SECONDS_PER_MONTH };
}

/** "$1,234.56", rounded half up to the cent as the estimate rounds its lines. */
export function usd(value: number): string {
  return `$${cents(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
