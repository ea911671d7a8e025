import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { BoardDecisionTookEffect } from '../application.events.js';
import { applicationDecider } from '../application.decider.js';
import type { ApplicationState } from '../application.state.js';
import { APPLICATION_ID, inPreparation, recommended, registered, terms } from '../testing/application-fixtures.js';
import type { ApplyBoardDecision } from './apply-board-decision.command.js';

const spec = deciderSpec(applicationDecider);

type Data = BoardDecisionTookEffect['data'];

const boardData = (data: Partial<Data> = {}): Data => ({
  applicationId: APPLICATION_ID,
  meetingId: 'm-1',
  itemNo: 3,
  outcome: 'approved',
  terms: terms(),
  motivation: null,
  meetingDate: '2026-04-10',
  attestedOn: '2026-04-14',
  ...data,
});

const apply = (data: Partial<Data> = {}): ApplyBoardDecision => ({
  type: 'ApplyBoardDecision',
  data: boardData(data),
  metadata: { now: '2026-04-14T12:00:00.000Z', actor: { userId: 'system', role: 'system' }, tenant: 't1' },
});

const tookEffect = (data: Partial<Data> = {}): BoardDecisionTookEffect => ({ type: 'BoardDecisionTookEffect', data: boardData(data) });

const onAgenda = () => [...inPreparation(), recommended()];

const fold = (events: Parameters<typeof applicationDecider.evolve>[1][]): ApplicationState =>
  events.reduce(applicationDecider.evolve, applicationDecider.initialState());

describe('ApplyBoardDecision', () => {
  it('lets the attested decision take effect', () => {
    spec.given(onAgenda()).when(apply()).then([tookEffect()]);
  });

  it('KL 5:69 – decides the case on approval or rejection; the decision date is the meeting date, not the attestation day', () => {
    const approved = fold([...onAgenda(), tookEffect()]);
    expect(approved.status).toBe('decided');
    expect(approved.status === 'decided' && approved.decision).toEqual({
      outcome: 'approved',
      terms: terms(),
      motivation: null,
      decidedOn: '2026-04-10',
      by: { kind: 'board', meetingId: 'm-1', itemNo: 3, meetingDate: '2026-04-10' },
    });
    expect(fold([...onAgenda(), tookEffect({ outcome: 'rejected', terms: null })]).status).toBe('decided');
  });

  it('sends a referred-back case to preparation and keeps a tabled one recommended', () => {
    expect(fold([...onAgenda(), tookEffect({ outcome: 'referred_back', terms: null })]).status).toBe('in_preparation');
    const tabled = fold([...onAgenda(), tookEffect({ outcome: 'tabled', terms: null })]);
    expect(tabled.status).toBe('recommended');
    spec
      .given([...onAgenda(), tookEffect({ outcome: 'tabled', terms: null })])
      .when(apply({ meetingId: 'm-2', itemNo: 1 }))
      .then([tookEffect({ meetingId: 'm-2', itemNo: 1 })]);
  });

  it('is idempotent: the same meeting item applied again changes nothing', () => {
    spec
      .given([...onAgenda(), tookEffect()])
      .when(apply())
      .then([]);
    spec
      .given([...onAgenda(), tookEffect({ outcome: 'tabled', terms: null })])
      .when(apply({ outcome: 'tabled', terms: null }))
      .then([]);
  });

  it('refuses a case that is not recommended', () => {
    spec.given(inPreparation()).when(apply()).thenThrows('NOT_RECOMMENDED', 'rule');
    spec
      .given([...onAgenda(), tookEffect()])
      .when(apply({ meetingId: 'm-2' }))
      .thenThrows('NOT_RECOMMENDED', 'rule');
    spec.given(registered()).when(apply()).thenThrows('NOT_RECOMMENDED', 'rule');
  });

  it('refuses an approval without terms', () => {
    spec
      .given(onAgenda())
      .when(apply({ terms: null }))
      .thenThrows('TERMS_REQUIRED', 'rule');
  });

  it('refuses malformed dates', () => {
    spec
      .given(onAgenda())
      .when(apply({ attestedOn: '14 april' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('refuses an unknown application', () => {
    spec.given([]).when(apply()).thenThrows('APPLICATION_NOT_FOUND', 'not_found');
  });
});
