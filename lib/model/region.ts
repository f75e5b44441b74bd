import { z } from 'zod';

/**
 * The AWS Regions Sluice has list prices for (lib/cost/prices.ts holds one price per Region for
 * each). A pipeline may name the one it is meant for: the cost estimate prices it there.
 */
export const PRICED_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'] as const;
export type PricedRegion = (typeof PRICED_REGIONS)[number];
export const DEFAULT_REGION: PricedRegion = 'us-east-1';

export const regionSchema = z
  .enum(PRICED_REGIONS, { error: (issue) => `unknown region ${JSON.stringify(issue.input)}: the price book has ${PRICED_REGIONS.join(', ')}` })
  .meta({ description: 'The AWS Region the pipeline is meant for; its cost estimate is priced there (us-east-1 when absent).' });
