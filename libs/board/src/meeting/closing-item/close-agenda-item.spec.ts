import { deciderSpec } from '@beslutskedjan/shared/testing';
import {
  as,
  CHAIR,
  FIVE,
  inSession,
  itemClosed,
  itemOpened,
  MEETING_ID,
  outcomeRecorded,
  scheduled,
} from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { CloseAgendaItem } from './close-agenda-item.command.js';

const spec = deciderSpec(meetingDecider);

const closeItem = (itemNo = 1): CloseAgendaItem => ({
  type: 'CloseAgendaItem',
  data: { meetingId: MEETING_ID, itemNo },
  metadata: as(CHAIR, 'chair'),
});

describe('CloseAgendaItem', () => {
  it('closes a decision item once its outcome is recorded', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), outcomeRecorded(1)])
      .when(closeItem())
      .then([{ type: 'AgendaItemClosed', data: { meetingId: MEETING_ID, itemNo: 1, closedBy: CHAIR } }]);
  });

  it('closes a reported delegated decision without an outcome: it is only noted', () => {
    spec
      .given([...inSession(FIVE), itemOpened(2)])
      .when(closeItem(2))
      .then([expect.objectContaining({ type: 'AgendaItemClosed' })]);
  });

  it('refuses to close a decision item without an outcome', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1)])
      .when(closeItem())
      .thenThrows('OUTCOME_MISSING', 'rule');
  });

  it('refuses an item not opened, already closed or unknown', () => {
    spec.given(inSession(FIVE)).when(closeItem(2)).thenThrows('ITEM_NOT_OPEN', 'rule');
    spec
      .given([...inSession(FIVE), itemOpened(2), itemClosed(2)])
      .when(closeItem(2))
      .thenThrows('ITEM_ALREADY_CLOSED', 'rule');
    spec.given(inSession(FIVE)).when(closeItem(3)).thenThrows('ITEM_NOT_FOUND', 'not_found');
  });

  it('refuses while the meeting is not in session', () => {
    spec.given([scheduled()]).when(closeItem()).thenThrows('MEETING_NOT_OPEN', 'rule');
  });
});
