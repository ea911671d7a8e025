import { DomainRuleError } from '@beslutskedjan/shared';
import type { Condition, PolicyRules } from './policy-rules.js';

/** Guards the shape of a rule set before it becomes part of a drafted revision. */
export function assertValidRules(rules: PolicyRules): void {
  if (rules.schema !== 1) {
    throw new DomainRuleError('RULES_SCHEMA_UNSUPPORTED', `Unsupported rules schema ${String(rules.schema)}`);
  }
  const ruleIds = rules.rules.map((r) => r.id);
  if (ruleIds.some((id) => id.trim() === '')) throw new DomainRuleError('RULE_ID_REQUIRED', 'Every rule needs an id');
  const duplicateRule = firstDuplicate(ruleIds);
  if (duplicateRule !== undefined) {
    throw new DomainRuleError('RULE_IDS_NOT_UNIQUE', `Rule id ${duplicateRule} is used more than once`, {
      ruleId: duplicateRule,
    });
  }
  for (const rule of rules.rules) {
    if (rule.message.sv.trim() === '') {
      throw new DomainRuleError('RULE_MESSAGE_REQUIRED', `Rule ${rule.id} needs a Swedish message`, { ruleId: rule.id });
    }
    const problem = conditionProblem(rule.violatedWhen);
    if (problem !== null) {
      throw new DomainRuleError('RULE_CONDITION_INVALID', `Rule ${rule.id}: ${problem}`, { ruleId: rule.id });
    }
  }
  const duplicateKind = firstDuplicate([...rules.fundableKinds, ...(rules.excludedKinds ?? [])].map((k) => k.kind));
  if (duplicateKind !== undefined) {
    throw new DomainRuleError('FUNDABLE_KINDS_NOT_UNIQUE', `Kind ${duplicateKind} is listed more than once`);
  }
  const duplicateGroup = firstDuplicate(rules.targetGroups.map((g) => g.code));
  if (duplicateGroup !== undefined) {
    throw new DomainRuleError('TARGET_GROUPS_NOT_UNIQUE', `Target group ${duplicateGroup} is listed more than once`);
  }
  const threshold = rules.delegationThresholdSek;
  if (threshold !== null && !(Number.isFinite(threshold) && threshold >= 0)) {
    throw new DomainRuleError('DELEGATION_THRESHOLD_INVALID', 'The delegation threshold must be a non-negative amount');
  }
}

function conditionProblem(condition: Condition): string | null {
  if ('all' in condition) return listProblem(condition.all, 'all');
  if ('any' in condition) return listProblem(condition.any, 'any');
  if ('not' in condition) return conditionProblem(condition.not);
  if (condition.fact.trim() === '') return 'a condition names no fact';
  if ('greaterThan' in condition && !Number.isFinite(condition.greaterThan)) return 'greaterThan needs a number';
  if ('lessThan' in condition && !Number.isFinite(condition.lessThan)) return 'lessThan needs a number';
  return null;
}

function listProblem(conditions: Condition[], operator: string): string | null {
  // An empty `all` would always hold and an empty `any` never: both are mistakes in a rule.
  if (conditions.length === 0) return `${operator} needs at least one condition`;
  for (const c of conditions) {
    const problem = conditionProblem(c);
    if (problem !== null) return problem;
  }
  return null;
}

function firstDuplicate(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return undefined;
}

const normalised = (text: string) => text.replace(/[\s*_#>-]+/g, ' ').trim();

/** A rule's quote is the version's own words: it must be found in the text (whitespace and markdown aside). */
export function assertQuotesInText(rules: PolicyRules, text: string): void {
  const body = normalised(text);
  const wrong = rules.rules.find((r) => r.quote !== undefined && !body.includes(normalised(r.quote)));
  if (wrong !== undefined) {
    throw new DomainRuleError('RULE_QUOTE_NOT_IN_TEXT', `Rule ${wrong.id} quotes words that are not in the version's text`, {
      ruleId: wrong.id,
    });
  }
}
