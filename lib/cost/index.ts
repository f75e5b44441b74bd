import type { Pipeline } from '../model';
import type { SimulationResult } from '../simulate';
import { designActivity } from './design';
import { cents, type CostEstimate, priceActivity } from './estimate';
import type { Region } from './prices';
import { simulationActivity } from './simulation';

export type { CostBasis, CostEstimate, CostLine, NodeCost } from './estimate';
export { cents, formatQuantity, formatUnitPrice } from './estimate';
export { FREE_TIER, HOURS_PER_MONTH, INSTANCE_HOURS, isRegion, PRICES, PRICES_CHECKED, type PriceId, type PriceItem, type Region, REGIONS, SECONDS_PER_MONTH } from './prices';

/** What the design costs per month, from traffic and settings in steady state. */
export function estimateDesign(pipeline: Pipeline, region: Region = 'us-east-1'): CostEstimate {
  return priceActivity(designActivity(pipeline), region, 'design');
}

/** What the simulated run would cost per month: the run's work scaled from its period to 730 hours. */
export function estimateSimulation(pipeline: Pipeline, result: SimulationResult, region: Region = 'us-east-1'): CostEstimate {
  return priceActivity(simulationActivity(pipeline, result), region, 'simulation');
}

/** The Region a pipeline is priced in: the one it names, else us-east-1. */
export function regionOf(pipeline: Pipeline): Region {
  return pipeline.region ?? 'us-east-1';
}

/** How much an edit changes the monthly design estimate (each document priced in its own Region). */
export function changeInMonthlyCost(before: Pipeline, after: Pipeline): number {
  return cents(estimateDesign(after, regionOf(after)).monthlyTotal - estimateDesign(before, regionOf(before)).monthlyTotal);
}
export { designActivityByNode, nodeMonthly } from './node-cost';
export { type Activity } from './activity';
export { GLUE_CRAWLER_MINIMUM_SECONDS, GLUE_JOB_MINIMUM_SECONDS } from './usage';
export { glueRunSeconds, lambdaSeconds } from './design';
