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
import type { CloseBoardMeeting } from './close-board-meeting.command.js';

const spec = deciderSpec(meetingDecider);

const close: CloseBoardMeeting = { type: 'CloseBoardMeeting', data: { meetingId: MEETING_ID }, metadata: as(CHAIR, 'chair') };
const allDone = [...inSession(FIVE), itemOpened(1), outcomeRecorded(1), itemClosed(1), itemOpened(2), itemClosed(2)];

describe('CloseBoardMeeting', () => {
  it('closes the meeting once every item is closed', () => {
    spec
      .given(allDone)
      .when(close)
      .then([{ type: 'BoardMeetingClosed', data: { meetingId: MEETING_ID, closedBy: CHAIR } }]);
  });

  it('refuses while an item is open or not yet dealt with', () => {
    spec
      .given([...inSession(FIVE), itemOpened(1), outcomeRecorded(1), itemClosed(1), itemOpened(2)])
      .when(close)
      .thenThrows('ITEMS_STILL_OPEN', 'rule');
    spec.given(inSession(FIVE)).when(close).thenThrows('ITEMS_STILL_OPEN');
  });

  it('refuses an unknown, unopened or already closed meeting', () => {
    spec.given([]).when(close).thenThrows('MEETING_NOT_FOUND', 'not_found');
    spec.given([scheduled()]).when(close).thenThrows('MEETING_NOT_OPEN', 'rule');
    spec
      .given([...allDone, meetingClosed()])
      .when(close)
      .thenThrows('MEETING_CLOSED', 'rule');
  });
});
