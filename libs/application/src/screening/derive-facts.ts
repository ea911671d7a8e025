import { FACTS, type Facts } from '../../../policy/src/rules/policy-rules.js';
import type { ApplicationContent } from '../application.types.js';
import { budgetTotalSek } from '../application.state.js';

/** The facts the policy rules are evaluated against (names from `FACTS`). */
export function deriveFacts(content: ApplicationContent): Facts {
  return {
    [FACTS.initiativeCategory]: content.category,
    [FACTS.initiativeKind]: content.kind,
    [FACTS.fundingThroughProcuringMember]: content.fundingRecipient === 'procuring_member',
    [FACTS.applicantIsMember]: content.applicant.memberKind !== null,
    [FACTS.providerIsApplicant]: sameOrganisation(content.provider.organisationNumber, content.applicant.organisationNumber),
    [FACTS.providerIsAsf]: content.provider.isAsf,
    [FACTS.targetGroups]: [...content.targetGroups],
    [FACTS.budgetTotalSek]: budgetTotalSek(content),
  };
}

const digitsOf = (organisationNumber: string) => organisationNumber.replace(/\D/g, '');

const sameOrganisation = (a: string, b: string) => digitsOf(a) === digitsOf(b);
