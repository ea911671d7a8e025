import { DomainRuleError, InvalidInputError, type FieldProblem } from '../../shared/src/errors.js';
import { isIsoDate } from '../../policy/src/dates.js';
import type { ApplicationContent, Period } from './application.types.js';
import { checkOrganisationNumber } from '../../shared/src/organisation-number.js';

/**
 * The invariants of an application's content, checked on submission and on every revision.
 * Returns the content with organisation numbers normalised to NNNNNN-NNNN.
 */
export function validApplicationContent(content: ApplicationContent): ApplicationContent {
  assertWellFormedPeriod(content.period, 'period');
  const malformedBudget: FieldProblem[] = content.budget.flatMap((line, i) =>
    Number.isInteger(line.year) && Number.isFinite(line.amountSek)
      ? []
      : [{ field: `budget[${i}]`, message: 'year must be an integer, amountSek a number' }],
  );
  if (malformedBudget.length > 0) throw new InvalidInputError(malformedBudget);

  if (content.title.trim() === '') throw new DomainRuleError('TITLE_REQUIRED', 'An application needs a title');
  assertPeriodInOrder(content.period, 'period');
  assertBudgetWithinPeriod(content);
  const applicant = { ...content.applicant, organisationNumber: organisationNumber(content.applicant.organisationNumber, 'applicant') };
  const procuringMember = {
    ...content.procuringMember,
    organisationNumber: organisationNumber(content.procuringMember.organisationNumber, 'procuringMember'),
  };
  const provider = { ...content.provider, organisationNumber: organisationNumber(content.provider.organisationNumber, 'provider') };
  if (content.category === 'individual' && content.targetGroups.length === 0) {
    throw new DomainRuleError('TARGET_GROUP_REQUIRED', 'An individual-directed initiative names at least one target group');
  }
  return { ...content, title: content.title.trim(), applicant, procuringMember, provider };
}

/** A period's dates are real calendar dates (400 otherwise: the edge should have caught it). */
export function assertWellFormedPeriod(period: Period, field: string): void {
  const problems = (['from', 'to'] as const).flatMap((end) =>
    isIsoDate(period[end]) ? [] : [{ field: `${field}.${end}`, message: 'must be a date YYYY-MM-DD' }],
  );
  if (problems.length > 0) throw new InvalidInputError(problems);
}

export function assertPeriodInOrder(period: Period, field: string): void {
  if (period.from > period.to) {
    throw new DomainRuleError('PERIOD_INVALID', `${field}: ${period.from} is after ${period.to}`, { field, ...period });
  }
}

function assertBudgetWithinPeriod({ budget, period }: ApplicationContent): void {
  const firstYear = Number(period.from.slice(0, 4));
  const lastYear = Number(period.to.slice(0, 4));
  const problem =
    budget.length === 0
      ? 'the budget has no lines'
      : budget.some((line) => line.amountSek <= 0)
        ? 'every amount must be above zero'
        : budget.some((line) => line.year < firstYear || line.year > lastYear)
          ? `every budget year must lie within ${firstYear}–${lastYear}`
          : new Set(budget.map((line) => line.year)).size !== budget.length
            ? 'each year appears once'
            : null;
  if (problem !== null) throw new DomainRuleError('BUDGET_INVALID', `Budget: ${problem}`, { budget, period });
}

function organisationNumber(value: string, party: 'applicant' | 'procuringMember' | 'provider'): string {
  const check = checkOrganisationNumber(value);
  if (check.valid) return check.normalised;
  const field = `${party}.organisationNumber`;
  throw new DomainRuleError('ORGANISATION_NUMBER_INVALID', `${field} is not a valid organisationsnummer (${check.problem})`, {
    field,
    problem: check.problem,
  });
}
