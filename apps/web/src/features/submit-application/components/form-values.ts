import type { ApplicationContent } from '../../../lib/api/views';
import type { ApplicationBody } from '../api/application-form';

/** What the person types, as text, so a half-filled form survives a reload as it was. */
export interface FormValues {
  title: string;
  description: string;
  applicantName: string;
  applicantOrgNo: string;
  applicantMemberKind: string;
  memberKind: string;
  memberName: string;
  memberOrgNo: string;
  providerName: string;
  providerOrgNo: string;
  providerIsAsf: string;
  providerRelation: string;
  category: string;
  kind: string;
  targetGroups: string[];
  budget: Array<{ year: string; amountSek: string }>;
  periodFrom: string;
  periodTo: string;
  fundingRecipient: string;
}

export const emptyForm = (): FormValues => ({
  title: '',
  description: '',
  applicantName: '',
  applicantOrgNo: '',
  applicantMemberKind: 'kommun',
  memberKind: 'kommun',
  memberName: '',
  memberOrgNo: '',
  providerName: '',
  providerOrgNo: '',
  providerIsAsf: 'yes',
  providerRelation: 'agreement',
  category: 'individual',
  kind: '',
  targetGroups: [],
  budget: [{ year: String(new Date().getFullYear() + 1), amountSek: '' }],
  periodFrom: '',
  periodTo: '',
  fundingRecipient: 'procuring_member',
});

export const formFromContent = (c: ApplicationContent): FormValues => ({
  title: c.title,
  description: c.description,
  applicantName: c.applicant.name,
  applicantOrgNo: c.applicant.organisationNumber,
  applicantMemberKind: c.applicant.memberKind ?? '',
  memberKind: c.procuringMember.kind,
  memberName: c.procuringMember.name,
  memberOrgNo: c.procuringMember.organisationNumber,
  providerName: c.provider.name,
  providerOrgNo: c.provider.organisationNumber,
  providerIsAsf: c.provider.isAsf ? 'yes' : 'no',
  providerRelation: c.provider.relation,
  category: c.category,
  kind: c.kind,
  targetGroups: [...c.targetGroups],
  budget: c.budget.map((b) => ({ year: String(b.year), amountSek: String(b.amountSek) })),
  periodFrom: c.period.from,
  periodTo: c.period.to,
  fundingRecipient: c.fundingRecipient,
});

/** Numbers the person typed go as numbers; anything unreadable goes as is and the API names it. */
const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(/\s/g, '')));

export const bodyFromForm = (v: FormValues): ApplicationBody =>
  ({
    title: v.title,
    description: v.description,
    applicant: { name: v.applicantName, organisationNumber: v.applicantOrgNo, memberKind: v.applicantMemberKind === '' ? null : v.applicantMemberKind },
    procuringMember: { kind: v.memberKind, name: v.memberName, organisationNumber: v.memberOrgNo },
    provider: { name: v.providerName, organisationNumber: v.providerOrgNo, isAsf: v.providerIsAsf === 'yes', relation: v.providerRelation },
    category: v.category,
    kind: v.kind,
    targetGroups: v.targetGroups,
    budget: v.budget.map((b) => ({ year: num(b.year), amountSek: num(b.amountSek) })),
    period: { from: v.periodFrom, to: v.periodTo },
    fundingRecipient: v.fundingRecipient,
  }) as ApplicationBody;
