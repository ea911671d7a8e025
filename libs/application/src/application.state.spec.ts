import { applicationDecider, type ApplicationCommand } from './application.decider.js';
import type { ApplicationEvent } from './application.events.js';
import { blockingRuleIds, type ApplicationState } from './application.state.js';
import {
  APPLICANT,
  APPLICATION_ID,
  applicant,
  as,
  CASE_NUMBER,
  content,
  DIRECTOR,
  director,
  inForce,
  officer,
  terms,
} from './testing/application-fixtures.js';

/** Runs commands through the decider, folding each result into the state, as the handlers do. */
const run = (commands: ApplicationCommand[]) =>
  commands.reduce(
    ({ state, events }, command) => {
      const produced = applicationDecider.decide(command, state);
      return { state: produced.reduce(applicationDecider.evolve, state), events: [...events, ...produced] };
    },
    { state: applicationDecider.initialState() as ApplicationState, events: [] as ApplicationEvent[] },
  );

const id = APPLICATION_ID;

describe('an application’s way through preparation to a board decision', () => {
  const cashGrant = content({ kind: 'cash_grant_to_business' });
  const { state, events } = run([
    {
      type: 'SubmitApplication',
      data: { applicationId: id, caseNumber: CASE_NUMBER, content: cashGrant, policiesInForce: inForce() },
      metadata: applicant(),
    },
    { type: 'TakeCase', data: { applicationId: id }, metadata: director() },
    {
      type: 'RequestSupplement',
      data: { applicationId: id, requestId: 'sr-1', question: 'Vad avses?', dueDate: '2026-03-20' },
      metadata: director(),
    },
    {
      type: 'ReviseApplication',
      data: { applicationId: id, content: content(), policiesInForce: inForce() },
      metadata: applicant('2026-03-10T09:00:00.000Z'),
    },
    {
      type: 'Recommend',
      data: { applicationId: id, recommendation: 'approve', motivation: 'Inom riktlinjerna.', terms: terms() },
      metadata: director(),
    },
    {
      type: 'ApplyBoardDecision',
      data: {
        applicationId: id,
        meetingId: 'm-1',
        itemNo: 2,
        outcome: 'approved',
        terms: terms(),
        motivation: null,
        meetingDate: '2026-04-10',
        attestedOn: '2026-04-14',
      },
      metadata: as('system', 'system'),
    },
  ]);

  it('records every step as an event', () => {
    expect(events.map((e) => e.type)).toEqual([
      'ApplicationSubmitted',
      'ApplicationScreened',
      'CaseTaken',
      'SupplementRequested',
      'ApplicationRevised',
      'ApplicationScreened',
      'RecommendationMade',
      'BoardDecisionTookEffect',
    ]);
  });

  it('keeps each revision, the latest screening, the answered request, the recommendation and the decision', () => {
    if (state.status !== 'decided') throw new Error(`expected decided, was ${state.status}`);
    expect(state.revisions.map((r) => [r.revision, r.content.kind, r.by, r.inResponseTo])).toEqual([
      [1, 'cash_grant_to_business', APPLICANT, null],
      [2, 'supervisor_at_asf', APPLICANT, 'sr-1'],
    ]);
    expect(state.screening?.applicationRevision).toBe(2);
    expect(blockingRuleIds(state)).toEqual([]);
    expect(state.supplementRequest).toBeNull();
    expect(state.preparedBy).toBe(DIRECTOR);
    expect(state.recommendation?.basedOnRevision).toBe(2);
    expect(state.decision.by).toEqual({ kind: 'board', meetingId: 'm-1', itemNo: 2, meetingDate: '2026-04-10' });
    expect(state.boardDecisions).toEqual([{ meetingId: 'm-1', itemNo: 2, outcome: 'approved', attestedOn: '2026-04-14' }]);
  });

  it('knows a delegated decision by whom and under which policy', () => {
    const delegated = run([
      {
        type: 'SubmitApplication',
        data: { applicationId: id, caseNumber: CASE_NUMBER, content: content(), policiesInForce: inForce() },
        metadata: applicant(),
      },
      { type: 'TakeCase', data: { applicationId: id }, metadata: director() },
      {
        type: 'DecideUnderDelegation',
        data: {
          applicationId: id,
          decision: 'approved',
          motivation: 'Litet belopp.',
          terms: terms(),
          policy: { ref: inForce()[0]!.ref, delegationThresholdSek: 100_000 },
        },
        metadata: officer(),
      },
    ]).state;
    expect(delegated.status === 'decided' && delegated.decision.by).toEqual({
      kind: 'delegation',
      userId: 'u-officer',
      policy: inForce()[0]!.ref,
      delegationThresholdSek: 100_000,
    });
  });
});
