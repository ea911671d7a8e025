import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { chairOf, seatOf, viceChairOf } from '../../composition/composition-on.js';
import { requireOpenMeeting } from '../meeting.guards.js';
import type { ChairForTheDayChosen } from '../meeting.events.js';
import type { MeetingState, OpenedMeeting } from '../meeting.state.js';
import { isMemberPosition } from '../../composition/board.state.js';

export type ChooseChairForTheDay = Command<'ChooseChairForTheDay', { meetingId: string; personId: string }>;

/**
 * When neither the chair nor the vice chair can preside (absent, or both jävig on an item still
 * to be dealt with), the meeting chooses another member as ordförande för dagen.
 */
export function chooseChairForTheDay(command: ChooseChairForTheDay, state: MeetingState): ChairForTheDayChosen[] {
  const { meetingId, personId } = command.data;
  const meeting = requireOpenMeeting(state);
  if (!needsChairForTheDay(meeting)) {
    throw new DomainRuleError('CHAIR_CAN_PRESIDE', 'The chair or the vice chair can preside; no ordförande för dagen is chosen', {
      meetingId,
    });
  }
  const seat = seatOf(meeting.board, personId);
  if (seat === undefined || !isMemberPosition(seat.position) || !meeting.present.includes(personId)) {
    throw new DomainRuleError('CHAIR_FOR_THE_DAY_INVALID', 'The ordförande för dagen is a member present at the meeting', { personId });
  }
  return [{ type: 'ChairForTheDayChosen', data: { meetingId, personId, chosenBy: command.metadata.actor.userId } }];
}

function needsChairForTheDay(meeting: OpenedMeeting): boolean {
  const officers = [chairOf(meeting.board)?.personId, viceChairOf(meeting.board)?.personId].filter((id): id is string => id !== undefined);
  const canPreside = (id: string, recused: string[]) => meeting.present.includes(id) && !recused.includes(id);
  if (!officers.some((id) => canPreside(id, []))) return true;
  return meeting.items
    .filter((item) => item.status !== 'closed')
    .some(
      (item) =>
        !officers.some((id) =>
          canPreside(
            id,
            item.recusals.map((r) => r.personId),
          ),
        ),
    );
}
