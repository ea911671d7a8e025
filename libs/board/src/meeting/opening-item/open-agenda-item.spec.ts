import { deciderSpec } from '@beslutskedjan/shared/testing';
import {
  as,
  CHAIR,
  FIVE,
  inSession,
  itemClosed,
  itemOpened,
  meetingClosed,
  MEETING_ID,
  outcomeRecorded,
  scheduled,
} from '../../testing/board-fixtures.js';
import { meetingDecider } from '../meeting.decider.js';
import type { OpenAgendaItem } from './open-agenda-item.command.js';

const spec = deciderSpec(meetingDecider);

const openItem = (itemNo = 1): OpenAgendaItem => ({
  type: 'OpenAgendaItem',
  data: { meetingId: MEETING_ID, itemNo },
  metadata: as(CHAIR, 'chair'),
});

describe('OpenAgendaItem', () => {
  it('opens an item of a meeting in session', () => {
    spec
      .given(inSession(FIVE))
      .when(openItem(2))
      .then([{ type: 'AgendaItemOpened', data: { meetingId: MEETING_ID, itemNo: 2, openedBy: CHAIR } }]);
  });

  it('refuses while the meeting is unknown, not open or closed', () => {
    spec.given([]).when(openItem()).thenThrows('MEETING_NOT_FOUND', 'not_found');
    spec.given([scheduled()]).when(openItem()).thenThrows('MEETING_NOT_OPEN', 'rule');
    spec
      .given([...inSession(FIVE).filter((e) => e.type !== 'AgendaItemAdded'), meetingClosed()])
      .when(openItem())
      .thenThrows('MEETING_CLOSED', 'rule');
  });

  it('refuses an item not on the agenda', () => {
    spec.given(inSession(FIVE)).when(openItem(7)).thenThrows('ITEM_NOT_FOUND', 'not_found');
  });

  it('takes one item at a time', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1)])
      .when(openItem(2))
      .thenThrows('ANOTHER_ITEM_OPEN', 'rule');
    spec
      .given([...inSession(FIVE), itemOpened(1)])
      .when(openItem(1))
      .thenThrows('ITEM_ALREADY_OPEN', 'rule');
  });

  it('refuses to reopen a closed item', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), outcomeRecorded(1), itemClosed(1)])
      .when(openItem(1))
      .thenThrows('ITEM_ALREADY_CLOSED', 'rule');
  });
});
