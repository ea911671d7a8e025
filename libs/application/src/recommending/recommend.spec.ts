import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { BoardDecisionTookEffect, RecommendationMade } from '../application.events.js';
import { applicationDecider } from '../application.decider.js';
import type { ApprovalTerms } from '../application.types.js';
import {
  APPLICATION_ID,
  cashGrantFinding,
  DIRECTOR,
  director,
  inPreparation,
  officer,
  recommended,
  registered,
  screened,
  submitted,
  supplementRequested,
  taken,
  terms,
} from '../testing/application-fixtures.js';
import type { Recommend } from './recommend.command.js';

const spec = deciderSpec(applicationDecider);

const recommend = (data: Partial<Recommend['data']> = {}, metadata = director()): Recommend => ({
  type: 'Recommend',
  data: { applicationId: APPLICATION_ID, recommendation: 'approve', motivation: 'Inom riktlinjerna.', terms: terms(), ...data },
  metadata,
});

const made = (data: Partial<RecommendationMade['data']> = {}): RecommendationMade => ({
  type: 'RecommendationMade',
  data: {
    applicationId: APPLICATION_ID,
    recommendation: 'approve',
    motivation: 'Inom riktlinjerna.',
    terms: terms(),
    override: null,
    basedOnRevision: 1,
    recommendedBy: DIRECTOR,
    ...data,
  },
});

/** Prepared, with a blocking finding from the screening. */
const blocked = () => [submitted(), screened(1, [cashGrantFinding]), taken()];

const referredBack: BoardDecisionTookEffect = {
  type: 'BoardDecisionTookEffect',
  data: {
    applicationId: APPLICATION_ID,
    meetingId: 'm-1',
    itemNo: 3,
    outcome: 'referred_back',
    terms: null,
    motivation: 'Beredningen ska belysa målgruppen.',
    meetingDate: '2026-04-10',
    attestedOn: '2026-04-14',
  },
};

describe('Recommend', () => {
  it('recommends approval with terms, based on the latest revision', () => {
    spec.given(inPreparation()).when(recommend()).then([made()]);
  });

  it('recommends rejection without terms', () => {
    spec
      .given(inPreparation())
      .when(recommend({ recommendation: 'reject', terms: undefined, motivation: 'Utanför målgruppen.' }))
      .then([made({ recommendation: 'reject', terms: null, motivation: 'Utanför målgruppen.' })]);
  });

  it('recommends approval despite a blocking finding only with a motivation, and names the rules overridden', () => {
    spec
      .given(blocked())
      .when(recommend({ override: { motivation: ' Särskilda skäl. ' } }))
      .then([made({ override: { motivation: 'Särskilda skäl.', ruleIds: ['no-cash-grant'] } })]);
    spec.given(blocked()).when(recommend()).thenThrows('OVERRIDE_MOTIVATION_REQUIRED', 'rule');
    spec
      .given(blocked())
      .when(recommend({ override: { motivation: '  ' } }))
      .thenThrows('OVERRIDE_MOTIVATION_REQUIRED', 'rule');
  });

  it('needs no override to recommend rejecting what the policy blocks', () => {
    spec
      .given(blocked())
      .when(recommend({ recommendation: 'reject', terms: null }))
      .then([made({ recommendation: 'reject', terms: null })]);
  });

  it('recommends again after the board referred the case back (återremiss)', () => {
    spec
      .given([...inPreparation(), recommended(), referredBack])
      .when(recommend({ motivation: 'Målgruppen belyst.' }))
      .then([made({ motivation: 'Målgruppen belyst.' })]);
  });

  it('refuses anyone but the preparer', () => {
    spec.given(inPreparation()).when(recommend({}, officer())).thenThrows('NOT_PREPARER', 'rule');
  });

  it('refuses while a supplement request is open', () => {
    spec
      .given([...inPreparation(), supplementRequested()])
      .when(recommend())
      .thenThrows('SUPPLEMENT_PENDING', 'rule');
  });

  it('refuses outside preparation', () => {
    spec.given(registered()).when(recommend()).thenThrows('NOT_IN_PREPARATION', 'rule');
    spec
      .given([...inPreparation(), recommended()])
      .when(recommend())
      .thenThrows('NOT_IN_PREPARATION', 'rule');
  });

  it('needs a motivation', () => {
    spec
      .given(inPreparation())
      .when(recommend({ motivation: ' ' }))
      .thenThrows('MOTIVATION_REQUIRED', 'rule');
  });

  describe('checks the terms of an approval', () => {
    const withTerms = (t: Partial<ApprovalTerms>) => recommend({ terms: terms(t) });

    it('requires them', () => {
      spec
        .given(inPreparation())
        .when(recommend({ terms: undefined }))
        .thenThrows('TERMS_REQUIRED', 'rule');
      spec
        .given(inPreparation())
        .when(recommend({ terms: null }))
        .thenThrows('TERMS_REQUIRED', 'rule');
    });

    it('refuses terms on a rejection', () => {
      spec
        .given(inPreparation())
        .when(recommend({ recommendation: 'reject' }))
        .thenThrows('TERMS_NOT_ALLOWED', 'rule');
    });

    it('refuses an amount of zero or less', () => {
      spec
        .given(inPreparation())
        .when(withTerms({ amountSek: 0 }))
        .thenThrows('AMOUNT_INVALID', 'rule');
    });

    it('refuses an amount above what was applied for (80 000 kr)', () => {
      spec
        .given(inPreparation())
        .when(withTerms({ amountSek: 80_001 }))
        .thenThrows('AMOUNT_EXCEEDS_APPLICATION', 'rule');
    });

    it('refuses a period out of order, and malformed dates', () => {
      spec
        .given(inPreparation())
        .when(withTerms({ period: { from: '2027-01-01', to: '2026-01-01' } }))
        .thenThrows('PERIOD_INVALID', 'rule');
      spec
        .given(inPreparation())
        .when(withTerms({ period: { from: '2027-13-01', to: '2028-01-01' } }))
        .thenThrows('INVALID_INPUT', 'invalid');
      spec
        .given(inPreparation())
        .when(withTerms({ followUpPlan: { items: [{ n: 1, kind: 'final_report', dueDate: 'snart' }] } }))
        .thenThrows('INVALID_INPUT', 'invalid');
    });
  });

  it('refuses an unknown application', () => {
    spec.given([]).when(recommend()).thenThrows('APPLICATION_NOT_FOUND', 'not_found');
  });
});
