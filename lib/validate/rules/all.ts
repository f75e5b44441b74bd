import type { Rule } from '../types';
import { COST_RULES } from './cost';
import { CORE_RULES } from './index';

/** Every rule: what the CLI, docs/rules.md and the tests run, and the designer once lib/cost has loaded. */
export const ALL_RULES: readonly Rule[] = [...CORE_RULES, ...COST_RULES];
