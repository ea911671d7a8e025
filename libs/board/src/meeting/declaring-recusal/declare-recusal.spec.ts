import { deciderSpec } from '@beslutskedjan/shared/testing';
import {
  as,
  FIVE,
  inSession,
  itemClosed,
  itemOpened,
  MEETING_ID,
  outcomeRecorded,
  recusal,
  scheduled,
  voted,
} from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { DeclareRecusal } from './declare-recusal.command.js';

const spec = deciderSpec(meetingDecider);

const declare = (personId = 'p-m2', itemNo = 1, reason = 'Styrelseledamot hos utföraren'): DeclareRecusal => ({
  type: 'DeclareRecusal',
  data: { meetingId: MEETING_ID, itemNo, personId, reason },
  metadata: as(personId),
});

const absentM4 = FIVE.filter((p) => p !== 'p-m4');

describe('DeclareRecusal', () => {
  it('records a conflict of interest in the open item', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1)])
      .when(declare())
      .then([
        { type: 'RecusalDeclared', data: { meetingId: MEETING_ID, itemNo: 1, personId: 'p-m2', reason: 'Styrelseledamot hos utföraren' } },
      ]);
  });

  it('accepts a declaration made before the item is taken up', () => {
    spec
      .given(inSession(FIVE))
      .when(declare())
      .then([expect.objectContaining({ type: 'RecusalDeclared' })]);
  });

  it('refuses someone without a seat on the board', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1)])
      .when(declare('u-director'))
      .thenThrows('NOT_ON_BOARD', 'rule');
  });

  it('refuses a second declaration by the same person', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), recusal(1, 'p-m2')])
      .when(declare())
      .thenThrows('ALREADY_RECUSED', 'rule');
  });

  it('refuses a declaration after voting, or after a substitute voted in the seat', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), voted(1, 'p-m2', 'yes')])
      .when(declare())
      .thenThrows('ALREADY_VOTED', 'rule');
    spec
      .given([...inSession([...absentM4, 'p-s4']), itemOpened(1), voted(1, 'p-s4', 'yes', 'p-m4')])
      .when(declare('p-m4'))
      .thenThrows('ALREADY_VOTED', 'rule');
  });

  it('refuses a declaration on a reported delegated decision', () => {
    spec
      .given([...inSession(FIVE), itemOpened(2)])
      .when(declare('p-m2', 2))
      .thenThrows('NOT_A_DECISION_ITEM', 'rule');
  });

  it('refuses once the outcome is recorded or the item closed', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), outcomeRecorded(1)])
      .when(declare())
      .thenThrows('OUTCOME_ALREADY_RECORDED', 'rule');
    spec
      .given([...inSession(FIVE), itemOpened(1), outcomeRecorded(1), itemClosed(1)])
      .when(declare())
      .thenThrows('ITEM_ALREADY_CLOSED', 'rule');
  });

  it('refuses an unknown item and a meeting not in session', () => {
    spec.given(inSession(FIVE)).when(declare('p-m2', 9)).thenThrows('ITEM_NOT_FOUND', 'not_found');
    spec.given([scheduled()]).when(declare()).thenThrows('MEETING_NOT_OPEN', 'rule');
  });

  it('refuses an empty reason', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1)])
      .when(declare('p-m2', 1, ' '))
      .thenThrows('INVALID_INPUT', 'invalid');
  });
});
