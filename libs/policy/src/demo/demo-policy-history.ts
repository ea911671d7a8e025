import type { Actor } from '@beslutskedjan/event-store';
import type { AdoptPolicyRevision } from '../adopting-revision/adopt-policy-revision.command.js';
import type { DraftPolicyRevision } from '../drafting-revision/draft-policy-revision.command.js';
import type { PolicyCommand } from '../policy.decider.js';
import type { PolicyRules } from '../rules/policy-rules.js';
import { emptyPolicyRules } from '../rules/policy-rules.js';
import { currentPolicyRules, startGrantPolicyRules } from './demo-policy-rules.js';
import * as texts from './demo-policy-texts.js';
import {
  GENERAL_GUIDELINES_ID,
  GENERAL_GUIDELINES_TEXT,
  GENERAL_GUIDELINES_TITLE,
  generalGuidelinesRules,
} from './demo-general-guidelines.js';

export const DEMO_POLICY_TENANT = 'demo';
export const DEMO_POLICY_ID = 'asf';

const drafter: Actor = { userId: 'demo-seed', role: 'director' };
const adopter: Actor = { userId: 'demo-seed', role: 'chair' };

/** Neither the adoption date of the current guidelines nor their effective date is in the seeds. */
export const CURRENT_ADOPTED_ON = '2019-12-12';
export const CURRENT_EFFECTIVE_FROM = '2020-01-01';

const ASSUMED_EFFECTIVE = 'Ikraftträdandet antas vara samma dag som fastställandet; underlaget anger endast datum för fastställande.';

interface DemoVersion {
  title: string;
  text: string;
  rules: PolicyRules;
  /** Drafting dates are not in the seeds either; they only need to precede the adoption. */
  draftedAt: string;
  adoptedOn: string;
  effectiveFrom: string;
  meetingLabel: string;
  note: string;
}

const versions = (): DemoVersion[] => [
  {
    title: texts.POLICY_2009_TITLE,
    text: texts.POLICY_2009_TEXT,
    rules: emptyPolicyRules(),
    draftedAt: '2009-05-25T08:00:00.000Z',
    adoptedOn: '2009-06-11',
    effectiveFrom: '2009-06-11',
    meetingLabel: 'Styrelsemöte 2009-06-11',
    note: `Fastställd av styrelsen 090611 enligt ändringshistoriken i nuvarande riktlinjer. ${ASSUMED_EFFECTIVE}`,
  },
  {
    title: texts.POLICY_2011_TITLE,
    text: texts.POLICY_2011_TEXT,
    rules: startGrantPolicyRules(),
    draftedAt: '2011-11-07T08:00:00.000Z',
    adoptedOn: '2011-11-28',
    effectiveFrom: '2011-11-28',
    meetingLabel: 'Styrelsemöte 2011-11-28',
    note: `Fastställd av styrelsen 111128 enligt ändringshistoriken i nuvarande riktlinjer. ${ASSUMED_EFFECTIVE}`,
  },
  {
    title: texts.POLICY_2013_TITLE,
    text: texts.POLICY_2013_TEXT,
    rules: emptyPolicyRules(),
    draftedAt: '2013-11-04T08:00:00.000Z',
    adoptedOn: '2013-11-28',
    effectiveFrom: '2013-11-28',
    meetingLabel: 'Styrelsemöte 2013-11-28',
    note: `Fastställd av styrelsen 131128 enligt ändringshistoriken i nuvarande riktlinjer. ${ASSUMED_EFFECTIVE}`,
  },
  {
    title: texts.CURRENT_TITLE,
    text: texts.CURRENT_TEXT,
    rules: currentPolicyRules(),
    draftedAt: '2019-11-18T08:00:00.000Z',
    adoptedOn: CURRENT_ADOPTED_ON,
    effectiveFrom: CURRENT_EFFECTIVE_FROM,
    meetingLabel: `Styrelsemöte ${CURRENT_ADOPTED_ON} (antaget datum för demo)`,
    note:
      `Demoantagande: underlaget anger inte när nuvarande riktlinjer fastställdes. Fastställande ${CURRENT_ADOPTED_ON} ` +
      `och ikraftträdande ${CURRENT_EFFECTIVE_FROM} är valda för demon. Delegationsgränsen 100 000 kr är också en ` +
      'demoinställning som inte finns i underlaget.',
  },
];

/** The board records its decision on the meeting day, after the meeting (16:00 UTC is evening in Sweden). */
const recordedOn = (date: string): string => `${date}T16:00:00.000Z`;

/**
 * The demo förbund's policy history (seed 000, "Ändringshistorik") as the commands that produce it:
 * each version drafted by the director, then adopted by the board as recorded by the chair.
 */
export function demoPolicyHistory(): PolicyCommand[] {
  return historyOf(DEMO_POLICY_ID, versions());
}

/**
 * The general funding guidelines that seed 000 says apply in full. Neither their text nor their
 * dates are in the seeds: the demo assumes they were in force with the current ASF guidelines.
 */
export function demoGeneralGuidelinesHistory(): PolicyCommand[] {
  return historyOf(GENERAL_GUIDELINES_ID, [
    {
      title: GENERAL_GUIDELINES_TITLE,
      text: GENERAL_GUIDELINES_TEXT,
      rules: generalGuidelinesRules(),
      draftedAt: '2019-11-18T08:00:00.000Z',
      adoptedOn: CURRENT_ADOPTED_ON,
      effectiveFrom: CURRENT_EFFECTIVE_FROM,
      meetingLabel: `Styrelsemöte ${CURRENT_ADOPTED_ON} (antaget datum för demo)`,
      note:
        'Demoantagande: riktlinjerna nämns i seed 000 men varken text eller datum finns i underlaget. De antas gälla från ' +
        `${CURRENT_EFFECTIVE_FROM}, samma dag som nuvarande ASF-riktlinjer. Alla regler är härledda och anger sin grund.`,
    },
  ]);
}

/** Both demo policies. */
export const demoPoliciesHistory = (): PolicyCommand[] => [...demoPolicyHistory(), ...demoGeneralGuidelinesHistory()];

function historyOf(policyId: string, list: DemoVersion[]): PolicyCommand[] {
  return list.flatMap((v, index): PolicyCommand[] => {
    const revision = index + 1;
    const draft: DraftPolicyRevision = {
      type: 'DraftPolicyRevision',
      data: {
        policyId,
        title: v.title,
        text: v.text,
        rules: v.rules,
        ...(revision > 1 ? { basedOnRevision: revision - 1 } : {}),
      },
      metadata: { now: v.draftedAt, actor: drafter, tenant: DEMO_POLICY_TENANT },
    };
    const adopt: AdoptPolicyRevision = {
      type: 'AdoptPolicyRevision',
      data: {
        policyId,
        revision,
        adoptedOn: v.adoptedOn,
        meeting: { label: v.meetingLabel },
        effectiveFrom: v.effectiveFrom,
        note: v.note,
      },
      metadata: { now: recordedOn(v.adoptedOn), actor: adopter, tenant: DEMO_POLICY_TENANT },
    };
    return [draft, adopt];
  });
}
