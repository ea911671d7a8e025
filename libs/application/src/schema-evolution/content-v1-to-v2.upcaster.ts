import type { Upcaster } from '@beslutskedjan/event-store';
import type { ApplicationContent, MemberKind, Party, Provider } from '../application.types.js';

/** Application content at schema version 1: parties declared by the applicant, no answers, no aims. */
export interface ApplicationContentV1 {
  title: string;
  description: string;
  applicant: { name: string; organisationNumber: string; memberKind: MemberKind | null };
  procuringMember: { kind: MemberKind; name: string; organisationNumber: string };
  provider: { name: string; organisationNumber: string; isAsf: boolean; relation: Provider['relation'] };
  category: ApplicationContent['category'];
  kind: string;
  targetGroups: string[];
  budget: ApplicationContent['budget'];
  period: ApplicationContent['period'];
  fundingRecipient: 'procuring_member' | 'provider' | 'applicant';
}

/**
 * v1 → v2. What version 1 did not ask stays unknown (null), so no rule reads a guess: no aims, no
 * co-operating members, no staff employer, no answers. The money recipient becomes the party it
 * named. A provider in the member's own operation was the member itself: that is what
 * `isMember` now says, so such a case no longer reads as "the provider applies itself".
 */
export function upcastContentV1(content: ApplicationContentV1): ApplicationContent {
  const { applicant, procuringMember, provider } = content;
  const providerIsMember = provider.relation === 'own_operation';
  const recipient = (): Party => {
    switch (content.fundingRecipient) {
      case 'procuring_member':
        return { name: procuringMember.name, organisationNumber: procuringMember.organisationNumber, role: 'member' };
      case 'applicant':
        return {
          name: applicant.name,
          organisationNumber: applicant.organisationNumber,
          role: applicant.memberKind === null ? 'provider' : 'member',
        };
      case 'provider':
        return { name: provider.name, organisationNumber: provider.organisationNumber, role: providerIsMember ? 'member' : 'provider' };
    }
  };
  return {
    title: content.title,
    description: content.description,
    aims: null,
    applicant: { ...applicant, unit: null },
    cooperatingMembers: [],
    procuringMember,
    provider: { ...provider, isMember: providerIsMember, asfStatus: null },
    staffEmployer: null,
    fundingRecipient: recipient(),
    category: content.category,
    kind: content.kind,
    targetGroups: content.targetGroups,
    budget: content.budget,
    period: content.period,
    answers: null,
  };
}

const contentV1ToV2 = (type: 'ApplicationSubmitted' | 'ApplicationRevised'): Upcaster => ({
  type,
  fromVersion: 1,
  upcast: (data) => {
    const d = data as { content: ApplicationContentV1 };
    return { ...d, content: upcastContentV1(d.content) };
  },
});

/** Register in every process's upcaster list (after the v0 → v1 step in libs/audit). */
export const applicationContentUpcasters: readonly Upcaster[] = [
  contentV1ToV2('ApplicationSubmitted'),
  contentV1ToV2('ApplicationRevised'),
];
