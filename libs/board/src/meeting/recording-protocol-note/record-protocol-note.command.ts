import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { seatOf } from '../../composition/composition-on.js';
import { requireItem, requireOpenMeeting } from '../meeting.guards.js';
import type { ProtocolNoteRecorded } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

/** The member is the actor. */
export type RecordProtocolNote = Command<'RecordProtocolNote', { meetingId: string; itemNo: number; text: string }>;

/** Any member or substitute present may have a statement entered in the minutes (protokollsanteckning) during the meeting. */
export function recordProtocolNote(command: RecordProtocolNote, state: MeetingState): ProtocolNoteRecorded[] {
  const { meetingId, itemNo } = command.data;
  const text = command.data.text.trim();
  if (text === '') throw new InvalidInputError([{ field: 'text', message: 'must not be empty' }]);
  const personId = command.metadata.actor.userId;
  const meeting = requireOpenMeeting(state);
  requireItem(meeting, itemNo);
  if (seatOf(meeting.board, personId) === undefined || !meeting.present.includes(personId)) {
    throw new DomainRuleError('NOT_PRESENT', 'Only a member or substitute present at the meeting adds a protokollsanteckning', {
      personId,
    });
  }
  return [{ type: 'ProtocolNoteRecorded', data: { meetingId, itemNo, personId, text, recordedAt: command.metadata.now } }];
}
