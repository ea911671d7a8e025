import { deciderSpec } from '@beslutskedjan/shared/testing';
import { applicationDecider } from '../application.decider.js';
import type { ApplicationContent } from '../application.types.js';
import {
  APPLICANT,
  APPLICATION_ID,
  applicant,
  CASE_NUMBER,
  content,
  inForce,
  NOW,
  ORG,
  POLICY_REF,
  registered,
  TODAY,
} from '../testing/application-fixtures.js';
import type { SubmitApplication } from './submit-application.command.js';

const spec = deciderSpec(applicationDecider);

const submit = (c: ApplicationContent = content(), data: Partial<SubmitApplication['data']> = {}, now = NOW): SubmitApplication => ({
  type: 'SubmitApplication',
  data: { applicationId: APPLICATION_ID, caseNumber: CASE_NUMBER, content: c, policiesInForce: inForce(), ...data },
  metadata: applicant(now),
});

const decide = (command: SubmitApplication) => () => applicationDecider.decide(command, applicationDecider.initialState());

describe('SubmitApplication', () => {
  it('registers the application under its case number and screens revision 1 against the policies in force today', () => {
    spec
      .given([])
      .when(submit())
      .then([
        {
          type: 'ApplicationSubmitted',
          data: { applicationId: APPLICATION_ID, caseNumber: CASE_NUMBER, content: content(), submittedBy: APPLICANT, submittedAt: NOW },
        },
        {
          type: 'ApplicationScreened',
          data: {
            applicationId: APPLICATION_ID,
            applicationRevision: 1,
            screenedOn: TODAY,
            policies: [POLICY_REF],
            findings: [],
            blocking: false,
            delegationThresholdSek: 100_000,
          },
        },
      ]);
  });

  it('screens on the Swedish day: 23:30 UTC on New Year’s Eve is already the new year', () => {
    const [, screening] = decide(submit(content(), {}, '2026-12-31T23:30:00.000Z'))();
    expect(screening?.type === 'ApplicationScreened' && screening.data.screenedOn).toBe('2027-01-01');
  });

  it('records blocking findings but registers the application anyway', () => {
    const [, screening] = decide(submit(content({ kind: 'cash_grant_to_business' })))();
    expect(screening?.type === 'ApplicationScreened' && screening.data.blocking).toBe(true);
  });

  it('normalises organisation numbers to NNNNNN-NNNN and trims the title', () => {
    const [event] = decide(
      submit(content({ title: '  Handledare  ', provider: { ...content().provider, organisationNumber: ORG.asf.replace('-', '') } })),
    )();
    expect(event?.type === 'ApplicationSubmitted' && [event.data.content.title, event.data.content.provider.organisationNumber]).toEqual([
      'Handledare',
      ORG.asf,
    ]);
  });

  it('refuses a second submission of the same application', () => {
    spec.given(registered()).when(submit()).thenThrows('APPLICATION_ALREADY_SUBMITTED', 'rule');
  });

  it('refuses a period that ends before it starts', () => {
    spec
      .given([])
      .when(submit(content({ period: { from: '2027-01-01', to: '2026-12-31' } })))
      .thenThrows('PERIOD_INVALID', 'rule');
  });

  describe('refuses an invalid budget', () => {
    it.each([
      ['no lines', []],
      ['an amount of zero', [{ year: 2026, amountSek: 0 }]],
      ['a negative amount', [{ year: 2026, amountSek: -5 }]],
      ['a year before the period', [{ year: 2025, amountSek: 10_000 }]],
      ['a year after the period', [{ year: 2028, amountSek: 10_000 }]],
      [
        'a year twice',
        [
          { year: 2026, amountSek: 10_000 },
          { year: 2026, amountSek: 10_000 },
        ],
      ],
    ])('with %s', (_what, budget) => {
      spec
        .given([])
        .when(submit(content({ budget })))
        .thenThrows('BUDGET_INVALID', 'rule');
    });
  });

  describe('refuses an invalid organisation number as 400 and names the field (the one Luhn check, libs/shared)', () => {
    const base = content();
    it.each([
      ['applicant.organisationNumber', content({ applicant: { ...base.applicant, organisationNumber: '212000-0143' } })],
      ['procuringMember.organisationNumber', content({ procuringMember: { ...base.procuringMember, organisationNumber: '21200' } })],
      ['provider.organisationNumber', content({ provider: { ...base.provider, organisationNumber: '811218-9876' } })],
    ])('%s', (field, c) => {
      spec.given([]).when(submit(c)).thenThrows('INVALID_INPUT', 'invalid');
      expect(decide(submit(c))).toThrow(field);
    });
  });

  it('refuses an individual-directed initiative without a target group, but not a structural one', () => {
    spec
      .given([])
      .when(submit(content({ targetGroups: [] })))
      .thenThrows('TARGET_GROUP_REQUIRED', 'rule');
    expect(decide(submit(content({ category: 'structural', kind: 'study_visit', targetGroups: [] })))()).toHaveLength(2);
  });

  it('refuses a kind outside the catalogue of the versions in force as 400 naming `kind`', () => {
    const listing = inForce({
      fundableKinds: [{ kind: 'supervisor_at_asf', category: 'individual', label: { sv: 'H', en: 'S' } }],
      catalogueComplete: true,
    });
    spec
      .given([])
      .when(submit(content({ kind: 'my_own_kind' }), { policiesInForce: listing }))
      .thenThrows('INVALID_INPUT', 'invalid');
    expect(decide(submit(content({ kind: 'my_own_kind' }), { policiesInForce: listing }))).toThrow('kind');
    expect(decide(submit(content({ kind: 'study_visit', category: 'structural' }), { policiesInForce: listing }))).toThrow('kind');
  });

  it('refuses a kind made up by the applicant even when no version in force lists its kinds', () => {
    spec
      .given([])
      .when(submit(content({ kind: 'made_up' })))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('requires the description, the aims and every yes/no answer (400 naming each)', () => {
    spec
      .given([])
      .when(submit(content({ aims: ' ' })))
      .thenThrows('INVALID_INPUT', 'invalid');
    expect(decide(submit(content({ answers: null, description: '' })))).toThrow('description: is required; answers');
  });

  it('refuses an empty title', () => {
    spec
      .given([])
      .when(submit(content({ title: ' ' })))
      .thenThrows('TITLE_REQUIRED', 'rule');
  });

  it('refuses malformed values the edge should have caught', () => {
    spec
      .given([])
      .when(submit(content({ period: { from: '2026-02-30', to: '2027-01-01' } })))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given([])
      .when(submit(content(), { caseNumber: '42' }))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given([])
      .when(submit(content({ budget: [{ year: 2026.5, amountSek: 1 }] })))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given([])
      .when(submit(content(), {}, 'yesterday'))
      .thenThrows('INVALID_INPUT', 'invalid');
  });
});
