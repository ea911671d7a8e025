import type { FieldProblem } from '@beslutskedjan/shared';
import type { ApprovalTerms } from '@beslutskedjan/application';
import { isIsoDate } from '@beslutskedjan/policy';

/** What makes approval terms usable: a positive amount and a period that does not end before it starts. */
export function termsProblems(terms: ApprovalTerms, field: string): FieldProblem[] {
  return [
    ...(Number.isFinite(terms.amountSek) && terms.amountSek > 0
      ? []
      : [{ field: `${field}.amountSek`, message: 'must be a positive amount' }]),
    ...(isIsoDate(terms.period.from) && isIsoDate(terms.period.to) && terms.period.from <= terms.period.to
      ? []
      : [{ field: `${field}.period`, message: 'must be two dates YYYY-MM-DD, from not after to' }]),
  ];
}
