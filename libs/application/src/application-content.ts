import { DomainRuleError, InvalidInputError, type FieldProblem, validOrganisationNumber } from '@beslutskedjan/shared';
import { isIsoDate, KNOWN_KINDS } from '@beslutskedjan/policy';
import type { ApplicationContent, Period } from './application.types.js';
import type { PolicyInForce } from './screening/screen-application.js';

/**
 * The invariants of an application's content, checked on submission and on every revision.
 * Returns the content with organisation numbers normalised to NNNNNN-NNNN. A bad number is a 400
 * naming the field (the same check as at the HTTP edge and in the registers).
 */
export function validApplicationContent(content: ApplicationContent, policiesInForce: readonly PolicyInForce[]): ApplicationContent {
  assertWellFormedPeriod(content.period, 'period');
  const malformedBudget: FieldProblem[] = content.budget.flatMap((line, i) =>
    Number.isInteger(line.year) && Number.isFinite(line.amountSek)
      ? []
      : [{ field: `budget[${i}]`, message: 'year must be an integer, amountSek a number' }],
  );
  if (malformedBudget.length > 0) throw new InvalidInputError(malformedBudget);

  const missing: FieldProblem[] = [
    ...(content.description.trim() === '' ? [{ field: 'description', message: 'is required' }] : []),
    ...(content.aims === null || content.aims.trim() === '' ? [{ field: 'aims', message: 'is required' }] : []),
    ...(content.answers === null ? [{ field: 'answers', message: 'every question must be answered' }] : []),
  ];
  if (missing.length > 0) throw new InvalidInputError(missing);
  assertKnownKind(content.kind, policiesInForce);
  if (content.title.trim() === '') throw new DomainRuleError('TITLE_REQUIRED', 'An application needs a title');
  assertPeriodInOrder(content.period, 'period');
  assertBudgetWithinPeriod(content);
  const applicant = { ...content.applicant, organisationNumber: orgNo(content.applicant.organisationNumber, 'applicant') };
  const procuringMember = {
    ...content.procuringMember,
    organisationNumber: orgNo(content.procuringMember.organisationNumber, 'procuringMember'),
  };
  const provider = { ...content.provider, organisationNumber: orgNo(content.provider.organisationNumber, 'provider') };
  const cooperatingMembers = content.cooperatingMembers.map((m, i) => ({
    ...m,
    organisationNumber: orgNo(m.organisationNumber, `cooperatingMembers[${i}]`),
  }));
  const fundingRecipient = {
    ...content.fundingRecipient,
    organisationNumber: orgNo(content.fundingRecipient.organisationNumber, 'fundingRecipient'),
  };
  const staffEmployer =
    content.staffEmployer === null
      ? null
      : { ...content.staffEmployer, organisationNumber: orgNo(content.staffEmployer.organisationNumber, 'staffEmployer') };
  if (content.category === 'individual' && content.targetGroups.length === 0) {
    throw new DomainRuleError('TARGET_GROUP_REQUIRED', 'An individual-directed initiative names at least one target group');
  }
  return {
    ...content,
    title: content.title.trim(),
    applicant,
    cooperatingMembers,
    procuringMember,
    provider,
    staffEmployer,
    fundingRecipient,
  };
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

const orgNo = (value: string, party: string): string => validOrganisationNumber(value, `${party}.organisationNumber`);

/**
 * Kinds come from the catalogue of the versions in force: a kind none of them lists is a 400 naming
 * `kind`. A version whose list is known to be partial (its text is not in the seeds), or no version
 * with a list at all, lets through every kind the demo policies know; a kind made up is still refused.
 */
export function assertKnownKind(kind: string, policiesInForce: readonly PolicyInForce[]): void {
  const listed = policiesInForce.flatMap(({ rules }) => [...rules.fundableKinds, ...(rules.excludedKinds ?? [])].map((k) => k.kind));
  const partial = policiesInForce.some(({ rules }) => rules.catalogueComplete === false) || listed.length === 0;
  const known = partial ? [...listed, ...KNOWN_KINDS] : listed;
  if (!known.includes(kind)) {
    throw new InvalidInputError([
      { field: 'kind', message: `is not in the catalogue of the policy in force (${[...new Set(known)].join(', ')})` },
    ]);
  }
}
