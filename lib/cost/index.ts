import type { Pipeline } from '../model';
import type { SimulationResult } from '../simulate';
import { designActivity } from './design';
import { type CostEstimate, priceActivity } from './estimate';
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
