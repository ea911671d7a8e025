import type { ApplicationContent } from '../../../lib/api/views';
import type { ApplicationBody } from '../api/application-form';

export const QUESTIONS = ['grantToBusiness', 'aimedAtAsfStaff', 'startsOrDevelopsAsf', 'paysMembershipFees'] as const;
export type Question = (typeof QUESTIONS)[number];

/** What the person chose and typed, as text, so a half-filled form survives a reload as it was. */
export interface FormValues {
  title: string;
  description: string;
  aims: string;
  applicantOrgNo: string;
  applicantUnit: string;
  memberOrgNo: string;
  providerOrgNo: string;
  providerRelation: string;
  staffEmployerOrgNo: string;
  recipientOrgNo: string;
  category: string;
  kind: string;
  targetGroups: string[];
  budget: Array<{ year: string; amountSek: string }>;
  periodFrom: string;
  periodTo: string;
  /** '' until the person answers: the API requires every answer. */
  answers: Record<Question, '' | 'yes' | 'no'>;
}

export const emptyForm = (): FormValues => ({
  title: '',
  description: '',
  aims: '',
  applicantOrgNo: '',
  applicantUnit: '',
  memberOrgNo: '',
  providerOrgNo: '',
  providerRelation: 'agreement',
  staffEmployerOrgNo: '',
  recipientOrgNo: '',
  category: 'individual',
  kind: '',
  targetGroups: [],
  budget: [{ year: String(new Date().getFullYear() + 1), amountSek: '' }],
  periodFrom: '',
  periodTo: '',
  answers: { grantToBusiness: '', aimedAtAsfStaff: '', startsOrDevelopsAsf: '', paysMembershipFees: '' },
});

const yesNo = (b: boolean | undefined): '' | 'yes' | 'no' => (b === undefined ? '' : b ? 'yes' : 'no');

export const formFromContent = (c: ApplicationContent): FormValues => ({
  title: c.title,
  description: c.description,
  aims: c.aims ?? '',
  applicantOrgNo: c.applicant.organisationNumber,
  applicantUnit: c.applicant.unit?.code ?? '',
  memberOrgNo: c.procuringMember.organisationNumber,
  providerOrgNo: c.provider.organisationNumber,
  providerRelation: c.provider.relation,
  staffEmployerOrgNo: c.staffEmployer?.organisationNumber ?? '',
  recipientOrgNo: c.fundingRecipient.organisationNumber,
  category: c.category,
  kind: c.kind,
  targetGroups: [...c.targetGroups],
  budget: c.budget.map((b) => ({ year: String(b.year), amountSek: String(b.amountSek) })),
  periodFrom: c.period.from,
  periodTo: c.period.to,
  answers: {
    grantToBusiness: yesNo(c.answers?.grantToBusiness),
    aimedAtAsfStaff: yesNo(c.answers?.aimedAtAsfStaff),
    startsOrDevelopsAsf: yesNo(c.answers?.startsOrDevelopsAsf),
    paysMembershipFees: yesNo(c.answers?.paysMembershipFees),
  },
});

/** Numbers the person typed go as numbers; anything unreadable or unanswered goes as is and the API names it. */
const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(/\s/g, '')));
const bool = (a: '' | 'yes' | 'no'): boolean | null => (a === '' ? null : a === 'yes');
const party = (organisationNumber: string) => ({ organisationNumber });

export const bodyFromForm = (v: FormValues): ApplicationBody =>
  ({
    title: v.title,
    description: v.description,
    aims: v.aims,
    applicant: { organisationNumber: v.applicantOrgNo, unit: v.applicantUnit },
    procuringMember: party(v.memberOrgNo),
    provider: { organisationNumber: v.providerOrgNo, relation: v.providerRelation },
    staffEmployer: v.staffEmployerOrgNo === '' ? null : party(v.staffEmployerOrgNo),
    fundingRecipient: party(v.recipientOrgNo),
    category: v.category,
    kind: v.kind,
    targetGroups: v.targetGroups,
    budget: v.budget.map((b) => ({ year: num(b.year), amountSek: num(b.amountSek) })),
    period: { from: v.periodFrom, to: v.periodTo },
    answers: Object.fromEntries(Object.entries(v.answers).map(([k, a]) => [k, bool(a)])),
  }) as unknown as ApplicationBody;
