import { deciderSpec } from '@beslutskedjan/shared/testing';
import { as, boardOf, CHAIR, FIVE, inSession, meetingClosed, MEETING_ID, scheduled, seat } from '../../testing/board-fixtures.js';
import type { BoardSeat } from '../../composition/board.events.js';
import { meetingDecider } from '../meeting.decider.js';
import type { OpenBoardMeeting } from './open-board-meeting.command.js';

const spec = deciderSpec(meetingDecider);

const open = (data: Partial<OpenBoardMeeting['data']> = {}, now = '2024-03-14T09:00:00.000Z'): OpenBoardMeeting => ({
  type: 'OpenBoardMeeting',
  data: {
    meetingId: MEETING_ID,
    present: [CHAIR, 'p-m1', 'p-m2', 'p-s3'],
    adjusterId: 'p-m1',
    secretaryId: null,
    othersPresent: [],
    attestationDueOn: null,
    board: boardOf(5),
    ...data,
  },
  metadata: as(CHAIR, 'chair', now),
});

describe('OpenBoardMeeting', () => {
  it('opens the meeting with those present, the adjuster and the board as composed', () => {
    spec
      .given([scheduled()])
      .when(open({ present: [CHAIR, 'p-m1', 'p-m2', 'p-m1', 'p-s3'] }))
      .then([
        {
          type: 'BoardMeetingOpened',
          data: {
            meetingId: MEETING_ID,
            present: [CHAIR, 'p-m1', 'p-m2', 'p-s3'],
            adjusterId: 'p-m1',
            secretaryId: null,
            othersPresent: [],
            attestationDueOn: null,
            board: boardOf(5),
            openedBy: CHAIR,
          },
        },
      ]);
  });

  it('opens at 00:30 Swedish time on the meeting day, still the day before in UTC', () => {
    spec
      .given([scheduled()])
      .when(open({}, '2024-03-13T23:30:00.000Z'))
      .then([expect.objectContaining({ type: 'BoardMeetingOpened' })]);
  });

  it('refuses to open before the meeting date', () => {
    spec.given([scheduled()]).when(open({}, '2024-03-13T22:30:00.000Z')).thenThrows('MEETING_NOT_YET', 'rule');
  });

  it('refuses an unknown, an open and a closed meeting', () => {
    spec.given([]).when(open()).thenThrows('MEETING_NOT_FOUND', 'not_found');
    spec.given(inSession(FIVE)).when(open()).thenThrows('MEETING_ALREADY_OPEN', 'rule');
    spec
      .given([scheduled(), ...inSession(FIVE).slice(3), meetingClosed()])
      .when(open())
      .thenThrows('MEETING_CLOSED', 'rule');
  });

  it('refuses a board without exactly one chair', () => {
    const noChair: BoardSeat[] = boardOf(5).filter((s) => s.position !== 'chair');
    spec
      .given([scheduled()])
      .when(open({ board: noChair, present: ['p-m1', 'p-m2'] }))
      .thenThrows('BOARD_WITHOUT_CHAIR', 'rule');
  });

  it('refuses a present person without a seat on that day', () => {
    spec
      .given([scheduled()])
      .when(open({ present: [CHAIR, 'p-m1', 'p-guest'] }))
      .thenThrows('NOT_ON_BOARD', 'rule');
  });

  it('refuses an adjuster who is absent or is the chair', () => {
    spec
      .given([scheduled()])
      .when(open({ adjusterId: 'p-m4' }))
      .thenThrows('ADJUSTER_INVALID', 'rule');
    spec
      .given([scheduled()])
      .when(open({ adjusterId: CHAIR }))
      .thenThrows('ADJUSTER_INVALID', 'rule');
    spec
      .given([scheduled()])
      .when(open({ adjusterId: 'p-x', board: [...boardOf(5), seat('p-x')], present: [CHAIR, 'p-m1'] }))
      .thenThrows('ADJUSTER_INVALID');
  });
});
