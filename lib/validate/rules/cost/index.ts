import type { Rule } from '../../types';
import { costCapacityBreakEven } from './cost-capacity-break-even';
import { costGlueMinimumBilling } from './cost-glue-minimum-billing';
import { costLambdaMemory } from './cost-lambda-memory';
import { costProvisionedIdle } from './cost-provisioned-idle';

/**
 * The rules that price the design (info findings). They need lib/cost, which the designer loads
 * after the page (components/cost/cost-loader.ts): so they are a list of their own, and their
 * ids (./ids.ts) are known from the start, so a suppression of one is never "unknown".
 */
export const COST_RULES: readonly Rule[] = [costProvisionedIdle, costGlueMinimumBilling, costCapacityBreakEven, costLambdaMemory];
