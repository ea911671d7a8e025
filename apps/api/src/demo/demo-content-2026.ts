import { type ApplicationContent, type ApprovalTerms, type Period, buildFollowUpPlan } from '@beslutskedjan/application';
import { applicantFrom, DEMO_MEMBERS, memberParty, NOTHING_FORBIDDEN, providerAt } from './demo-organisations.js';

const YEAR_2027: Period = { from: '2027-01-01', to: '2027-12-31' };

export const terms = (amountSek: number, period: Period, conditions: string[], progressEveryMonths = 6): ApprovalTerms => ({
  amountSek,
  period,
  conditions,
  followUpPlan: buildFollowUpPlan(period, progressEveryMonths),
});

/** Just submitted, waiting for a preparer. */
export const SUPERVISOR_FK: ApplicationContent = {
  title: 'Handledare på Returen för personer efter långtidssjukskrivning',
  description:
    'Försäkringskassan söker medel för en handledare som stödjer personer som efter långtidssjukskrivning ska tillbaka till ' +
    'arbetsmarknaden och som arbetstränar på Returen Second hand. Returen är utförare enligt avtal med Försäkringskassan efter upphandling.',
  aims: 'Minst tio deltagare per år arbetstränar på Returen; hälften går vidare till arbete, studier eller annan insats.',
  applicant: applicantFrom('forsakringskassan'),
  cooperatingMembers: [DEMO_MEMBERS.kommun],
  procuringMember: DEMO_MEMBERS.forsakringskassan,
  provider: providerAt('returen', 'procurement'),
  staffEmployer: memberParty('forsakringskassan'),
  fundingRecipient: memberParty('forsakringskassan'),
  category: 'individual',
  kind: 'supervisor_at_asf',
  targetGroups: ['returning_after_long_term_sick_leave'],
  budget: [{ year: 2027, amountSek: 380_000 }],
  period: YEAR_2027,
  answers: NOTHING_FORBIDDEN,
};

/** In preparation; the case officer has asked for a supplement. */
export const WORK_TRAINING_REGION: ApplicationContent = {
  title: 'Arbetsträning på Returen för personer med psykisk funktionsnedsättning',
  description:
    'Region Exempel söker medel för arbetsförberedande insatser på Returen Second hand för patienter inom den ' +
    'psykiatriska öppenvården som står långt från arbetsmarknaden.',
  aims: 'Patienterna får en arbetsplats med anpassat stöd och kommer närmare arbete eller studier.',
  applicant: applicantFrom('region'),
  cooperatingMembers: [DEMO_MEMBERS.arbetsformedlingen],
  procuringMember: DEMO_MEMBERS.region,
  provider: providerAt('returen', 'iop'),
  staffEmployer: null,
  fundingRecipient: memberParty('region'),
  category: 'individual',
  kind: 'work_preparatory_at_asf',
  targetGroups: ['psychiatric_disability'],
  budget: [{ year: 2027, amountSek: 260_000 }],
  period: { from: '2027-02-01', to: '2027-12-31' },
  answers: NOTHING_FORBIDDEN,
};

/** Recommended for approval and on the agenda of the meeting on 2026-12-10. */
export const WORK_TRAINING_KOMMUN: ApplicationContent = {
  title: 'Arbetsträning på Kooperativet Exempel 2027',
  description:
    'Exempelstads kommun söker medel för arbetsförberedande och arbetslivsinriktade insatser på Kooperativet Exempel för ' +
    'långtidsarbetslösa med försörjningsstöd och nyanlända. Kommunen har avtal med kooperativet om platserna.',
  aims: 'Tjugo deltagare per år får arbetsträning; minst en tredjedel går vidare till anställning eller studier.',
  applicant: applicantFrom('kommun'),
  cooperatingMembers: [DEMO_MEMBERS.arbetsformedlingen],
  procuringMember: DEMO_MEMBERS.kommun,
  provider: providerAt('kooperativet', 'agreement'),
  staffEmployer: null,
  fundingRecipient: memberParty('kommun'),
  category: 'individual',
  kind: 'work_preparatory_at_asf',
  targetGroups: ['long_term_unemployed_income_support', 'newly_arrived_refugees'],
  budget: [{ year: 2027, amountSek: 350_000 }],
  period: YEAR_2027,
  answers: NOTHING_FORBIDDEN,
};

export const WORK_TRAINING_KOMMUN_TERMS = terms(320_000, YEAR_2027, [
  'Lägesrapport var sjätte månad.',
  'Deltagarna registreras i Uppföljning Finsam.',
]);

export const WORK_TRAINING_KOMMUN_MOTIVATION =
  'Insatsen är individinriktad, genomförs på ett arbetsintegrerande socialt företag genom avtal med kommunen och ' +
  'finansieringen går via kommunen. Beloppet är justerat efter 2026 års utfall.';

/** A cash grant to an individual business: blocked by the current guidelines, rejected by the board. */
export const CASH_GRANT_AF: ApplicationContent = {
  title: 'Kontantbidrag till Cykelverkstan i Exempelstad AB',
  description:
    'Arbetsförmedlingen föreslår att förbundet ger Cykelverkstan i Exempelstad AB ett kontantbidrag så att företaget kan ' +
    'anställa två unga som står långt från arbetsmarknaden.',
  aims: 'Två unga får anställning på Cykelverkstan.',
  applicant: applicantFrom('arbetsformedlingen'),
  cooperatingMembers: [],
  procuringMember: DEMO_MEMBERS.arbetsformedlingen,
  provider: providerAt('cykelverkstan', 'agreement'),
  staffEmployer: null,
  fundingRecipient: memberParty('arbetsformedlingen'),
  category: 'individual',
  kind: 'cash_grant_to_business',
  targetGroups: ['young_far_from_labour_market'],
  budget: [{ year: 2026, amountSek: 120_000 }],
  period: { from: '2026-10-01', to: '2026-12-31' },
  answers: { ...NOTHING_FORBIDDEN, grantToBusiness: true },
};

export const CASH_GRANT_REJECT_MOTIVATION =
  'Ansökan avser kontantbidrag till ett enskilt företag. Enligt riktlinjerna och Nationella rådets vägledning ger ' +
  'samordningsförbundet inte stöd till enskilda näringsidkare i form av kontantbidrag. Förslag: avslag.';

/** A small structural initiative, below the delegation threshold: decided by the director. */
export const INSPIRATION_DAY_KOMMUN: ApplicationContent = {
  title: 'Inspirationsdag om arbetsintegrerande sociala företag',
  description:
    'En inspirationsdag på Kooperativet Exempel för handläggare hos förbundets fyra medlemmar om hur arbetsintegrerande ' +
    'sociala företag kan användas för förbundets målgrupp.',
  aims: 'Handläggare hos alla fyra medlemmar känner till hur ASF kan användas för förbundets målgrupp.',
  applicant: applicantFrom('kommun'),
  cooperatingMembers: [DEMO_MEMBERS.region, DEMO_MEMBERS.arbetsformedlingen, DEMO_MEMBERS.forsakringskassan],
  procuringMember: DEMO_MEMBERS.kommun,
  provider: providerAt('kooperativet', 'agreement'),
  staffEmployer: null,
  fundingRecipient: memberParty('kommun'),
  category: 'structural',
  kind: 'seminar_inspiration',
  targetGroups: [],
  budget: [{ year: 2027, amountSek: 48_000 }],
  period: { from: '2027-03-01', to: '2027-03-31' },
  answers: NOTHING_FORBIDDEN,
};

export const INSPIRATION_DAY_TERMS = terms(45_000, INSPIRATION_DAY_KOMMUN.period, ['Kort skriftlig redovisning efter genomförandet.'], 1);
