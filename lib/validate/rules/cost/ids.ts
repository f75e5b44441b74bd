/** The ids of the cost rules (./index.ts), without their code: the designer knows them before lib/cost loads. */
export const COST_RULE_IDS: readonly string[] = ['cost-provisioned-idle', 'cost-glue-minimum-billing', 'cost-capacity-break-even', 'cost-lambda-memory'];
