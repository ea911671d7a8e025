import { DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { isIsoDate } from '@beslutskedjan/policy';
import type { ApprovalTerms } from './application.types.js';
import { assertPeriodInOrder, assertWellFormedPeriod } from './application-content.js';

/**
 * Terms go with an approval and only with one: an approval needs an amount above zero, within what
 * was applied for, and a period in order. Returns the terms to record (null for a rejection).
 */
export function termsFor(
  outcome: 'approve' | 'reject',
  terms: ApprovalTerms | null | undefined,
  appliedTotalSek: number,
): ApprovalTerms | null {
  if (outcome === 'reject') {
    if (terms !== undefined && terms !== null) throw new DomainRuleError('TERMS_NOT_ALLOWED', 'A rejection has no terms');
    return null;
  }
  if (terms === undefined || terms === null) throw new DomainRuleError('TERMS_REQUIRED', 'An approval states its terms');
  assertWellFormedPeriod(terms.period, 'terms.period');
  const malformed = terms.followUpPlan.items.flatMap((item, i) =>
    isIsoDate(item.dueDate) ? [] : [{ field: `terms.followUpPlan.items[${i}].dueDate`, message: 'must be a date YYYY-MM-DD' }],
  );
  if (!Number.isFinite(terms.amountSek)) malformed.unshift({ field: 'terms.amountSek', message: 'must be a number' });
  if (malformed.length > 0) throw new InvalidInputError(malformed);
  if (terms.amountSek <= 0)
    throw new DomainRuleError('AMOUNT_INVALID', 'The approved amount must be above zero', { amountSek: terms.amountSek });
  assertPeriodInOrder(terms.period, 'terms.period');
  if (terms.amountSek > appliedTotalSek) {
    throw new DomainRuleError('AMOUNT_EXCEEDS_APPLICATION', `${terms.amountSek} kr is more than the ${appliedTotalSek} kr applied for`, {
      amountSek: terms.amountSek,
      appliedTotalSek,
    });
  }
  return terms;
}
