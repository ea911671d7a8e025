import { FACTS, type Facts } from '@beslutskedjan/policy';
import type { ApplicationContent } from '../application.types.js';
import { budgetTotalSek } from '../application.state.js';

/**
 * The facts the policy rules are evaluated against (names from `FACTS`), read from what the
 * application says about its parties and the applicant's answers, not only from the kind chosen.
 * A fact the content does not state (version 1 content) is left out, so no rule reads a guess.
 */
export function deriveFacts(content: ApplicationContent): Facts {
  const { applicant, provider, procuringMember, fundingRecipient, staffEmployer, answers } = content;
  const taking = [applicant.organisationNumber, ...content.cooperatingMembers.map((m) => m.organisationNumber)];
  return {
    [FACTS.initiativeCategory]: content.category,
    [FACTS.initiativeKind]: content.kind,
    [FACTS.fundingThroughProcuringMember]: sameOrganisation(fundingRecipient.organisationNumber, procuringMember.organisationNumber),
    [FACTS.fundingToProvider]: fundingRecipient.role === 'provider',
    [FACTS.applicantIsMember]: applicant.memberKind !== null,
    // A member doing the work itself is not "the provider applying": only a provider can be that.
    [FACTS.providerIsApplicant]: !provider.isMember && sameOrganisation(provider.organisationNumber, applicant.organisationNumber),
    [FACTS.providerIsAsf]: provider.isAsf,
    [FACTS.providerIsMember]: provider.isMember,
    [FACTS.providerAsfStatus]: provider.asfStatus ?? undefined,
    [FACTS.staffEmployedByMember]: staffEmployer === null ? undefined : staffEmployer.role === 'member',
    [FACTS.procuringMemberTakesPart]: taking.some((n) => sameOrganisation(n, procuringMember.organisationNumber)),
    [FACTS.membersTakingPart]: new Set(taking.map(digitsOf)).size,
    [FACTS.answerGrantToBusiness]: answers?.grantToBusiness,
    [FACTS.answerAimedAtAsfStaff]: answers?.aimedAtAsfStaff,
    [FACTS.answerStartsOrDevelopsAsf]: answers?.startsOrDevelopsAsf,
    [FACTS.answerPaysMembershipFees]: answers?.paysMembershipFees,
    [FACTS.targetGroups]: [...content.targetGroups],
    [FACTS.budgetTotalSek]: budgetTotalSek(content),
  };
}

const digitsOf = (organisationNumber: string) => organisationNumber.replace(/\D/g, '');

const sameOrganisation = (a: string, b: string) => digitsOf(a) === digitsOf(b);
