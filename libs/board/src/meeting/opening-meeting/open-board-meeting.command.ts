import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import type { BoardSeat } from '../../composition/board.events.js';
import { seatOf } from '../../composition/composition-on.js';
import { todayOf } from '../../today.js';
import { meetingNotFound } from '../meeting.guards.js';
import type { BoardMeetingOpened, OtherPresent } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

export type OpenBoardMeeting = Command<
  'OpenBoardMeeting',
  {
    meetingId: string;
    /** Person ids of the seats present (ledamöter and ersättare). */
    present: string[];
    /** The minutes adjuster (justerare), chosen by the meeting. */
    adjusterId: string;
    /** Who keeps the minutes (sekreterare), usually the director; not a seat. */
    secretaryId: string | null;
    othersPresent: OtherPresent[];
    /** Meeting date plus the förbund's attestation days; the handler computes it. */
    attestationDueOn: string | null;
    /** The board as composed on the meeting date; the handler computes it with `compositionOn`. */
    board: BoardSeat[];
  }
>;

export function openBoardMeeting(command: OpenBoardMeeting, state: MeetingState): BoardMeetingOpened[] {
  const { meetingId, adjusterId, board, secretaryId, othersPresent } = command.data;
  const attestationDueOn = command.data.attestationDueOn ?? null;
  const present = [...new Set(command.data.present)];
  if (state.status === 'none') throw meetingNotFound();
  if (state.status === 'opened') throw new DomainRuleError('MEETING_ALREADY_OPEN', 'The meeting is already open', { meetingId });
  if (state.status === 'closed' || state.status === 'attested') {
    throw new DomainRuleError('MEETING_CLOSED', 'The meeting is closed', { meetingId });
  }
  const today = todayOf(command.metadata);
  if (today < state.date) {
    throw new DomainRuleError('MEETING_NOT_YET', `The meeting is on ${state.date}`, { date: state.date, today });
  }
  const chairs = board.filter((s) => s.position === 'chair');
  if (chairs.length !== 1) {
    throw new DomainRuleError('BOARD_WITHOUT_CHAIR', 'The board as composed on the meeting date needs exactly one chair', {
      chairs: chairs.map((s) => s.personId),
    });
  }
  const strangers = present.filter((personId) => seatOf(board, personId) === undefined);
  if (strangers.length > 0) {
    throw new DomainRuleError('NOT_ON_BOARD', 'Only seats of the board can be recorded as present', { personIds: strangers });
  }
  const chairing = [chairs[0]?.personId, board.find((s) => s.position === 'vice_chair')?.personId].find(
    (id) => id !== undefined && present.includes(id),
  );
  if (!present.includes(adjusterId) || chairing === adjusterId) {
    throw new DomainRuleError('ADJUSTER_INVALID', 'The adjuster is a present board member other than the one chairing', {
      adjusterId,
    });
  }
  return [
    {
      type: 'BoardMeetingOpened',
      data: {
        meetingId,
        present,
        adjusterId,
        secretaryId,
        othersPresent,
        attestationDueOn,
        board,
        openedBy: command.metadata.actor.userId,
      },
    },
  ];
}
