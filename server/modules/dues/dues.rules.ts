/** The rules dues and ratings read through the rules module (rules as data, with their validity). */
export { loadRules, ruleAt, ruleNumber, type RuleRow } from '../rules/index.ts';

export const DUES_RULE_KEYS = ['dues.salary_percent', 'dues.pension_percent', 'dues.fixed_amount', 'dues.remit_share'] as const;
