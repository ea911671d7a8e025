import { assertNever } from '@beslutskedjan/shared';
import type { Condition, FactValue, Facts, LocalisedText, PolicyRules, Severity } from './policy-rules.js';

export interface RuleFinding {
  ruleId: string;
  severity: Severity;
  message: LocalisedText;
  basis?: string;
  quote?: string;
  inferred?: { basis: string; quote?: string };
}

/**
 * Returns a finding for every rule whose `violatedWhen` holds for the facts.
 *
 * A leaf condition on a missing fact (or on a fact of the wrong type) is false, so an
 * application that says nothing about a fact is not flagged by a rule on it. Note that
 * `not` turns that around: `{ not: { fact: 'x', equals: true } }` holds when `x` is missing.
 */
export function evaluateRules(rules: PolicyRules, facts: Facts): RuleFinding[] {
  return rules.rules
    .filter((rule) => holds(rule.violatedWhen, facts))
    .map((rule) => ({
      ruleId: rule.id,
      severity: rule.severity,
      message: rule.message,
      ...(rule.basis === undefined ? {} : { basis: rule.basis }),
      ...(rule.quote === undefined ? {} : { quote: rule.quote }),
      ...(rule.inferred === undefined ? {} : { inferred: rule.inferred }),
    }));
}

export function holds(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  const value = facts[condition.fact];
  if (value === undefined) return false;
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return isScalar(value) && condition.in.some((v) => v === value);
  if ('greaterThan' in condition) return typeof value === 'number' && value > condition.greaterThan;
  if ('lessThan' in condition) return typeof value === 'number' && value < condition.lessThan;
  if ('includesAnyOf' in condition) return isList(value) && value.some((v) => condition.includesAnyOf.includes(v));
  if ('includesNoneOf' in condition) return isList(value) && !value.some((v) => condition.includesNoneOf.includes(v));
  if ('includesAnyNotIn' in condition) return isList(value) && value.some((v) => !condition.includesAnyNotIn.includes(v));
  return assertNever(condition);
}

const isScalar = (value: FactValue): value is string | number => typeof value === 'string' || typeof value === 'number';

const isList = (value: FactValue): value is readonly string[] => Array.isArray(value);
