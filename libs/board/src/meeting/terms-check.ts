import type { FieldProblem } from '../../../shared/src/errors.js';
import type { ApprovalTerms } from '../../../application/src/application.types.js';
import { isIsoDate } from '../../../policy/src/dates.js';

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
