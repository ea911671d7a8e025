import { deciderSpec } from '@beslutskedjan/shared/testing';
import {
  as,
  caseSnapshot,
  DIRECTOR,
  FIVE,
  inSession,
  itemAdded,
  itemClosed,
  itemOpened,
  meetingClosed,
  MEETING_ID,
  outcomeRecorded,
  scheduled,
} from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { AddAgendaItem } from './add-agenda-item.command.js';

const spec = deciderSpec(meetingDecider);

const add = (applicationId = 'app-9', kind: AddAgendaItem['data']['kind'] = 'decision'): AddAgendaItem => ({
  type: 'AddAgendaItem',
  data: { meetingId: MEETING_ID, kind, case: caseSnapshot({ applicationId }) },
  metadata: as(DIRECTOR, 'director'),
});

describe('AddAgendaItem', () => {
  it('adds the first item as § 1', () => {
    spec
      .given([scheduled()])
      .when(add())
      .then([
        {
          type: 'AgendaItemAdded',
          data: { meetingId: MEETING_ID, itemNo: 1, kind: 'decision', case: caseSnapshot({ applicationId: 'app-9' }), addedBy: DIRECTOR },
        },
      ]);
  });

  it('numbers the next item after the last one, also while the meeting is in session', () => {
    spec
      .given(inSession(FIVE))
      .when(add('app-9', 'reported_delegated_decision'))
      .then([expect.objectContaining({ data: expect.objectContaining({ itemNo: 3, kind: 'reported_delegated_decision' }) })]);
  });

  it('refuses an unknown meeting', () => {
    spec.given([]).when(add()).thenThrows('MEETING_NOT_FOUND', 'not_found');
  });

  it('refuses a case already on the agenda', () => {
    spec
      .given([scheduled(), itemAdded(1, { applicationId: 'app-9' })])
      .when(add())
      .thenThrows('CASE_ALREADY_ON_AGENDA', 'rule');
  });

  it('refuses a case already decided at this meeting', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), outcomeRecorded(1), itemClosed(1)])
      .when(add('app-1'))
      .thenThrows('CASE_ALREADY_ON_AGENDA');
  });

  it('refuses additions once the meeting is closed', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), outcomeRecorded(1), itemClosed(1), itemOpened(2), itemClosed(2), meetingClosed()])
      .when(add())
      .thenThrows('AGENDA_CLOSED', 'rule');
  });
});
