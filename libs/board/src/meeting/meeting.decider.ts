import { assertNever, type Decider } from '@beslutskedjan/shared';
import { addAgendaItem, type AddAgendaItem } from './adding-agenda-item/add-agenda-item.command.js';
import { attestMinutes, type AttestMinutes } from './attesting-minutes/attest-minutes.command.js';
import { attestParagraphImmediately, type AttestParagraphImmediately } from './attesting-paragraph/attest-paragraph-immediately.command.js';
import { castVote, type CastVote } from './casting-vote/cast-vote.command.js';
import { chooseChairForTheDay, type ChooseChairForTheDay } from './choosing-chair-for-the-day/choose-chair-for-the-day.command.js';
import { closeAgendaItem, type CloseAgendaItem } from './closing-item/close-agenda-item.command.js';
import { closeBoardMeeting, type CloseBoardMeeting } from './closing-meeting/close-board-meeting.command.js';
import { declareRecusal, type DeclareRecusal } from './declaring-recusal/declare-recusal.command.js';
import type { MeetingEvent } from './meeting.events.js';
import { evolveMeeting, initialMeetingState, type MeetingState } from './meeting.state.js';
import { moveMotion, type MoveMotion } from './moving-motion/move-motion.command.js';
import { openAgendaItem, type OpenAgendaItem } from './opening-item/open-agenda-item.command.js';
import { openBoardMeeting, type OpenBoardMeeting } from './opening-meeting/open-board-meeting.command.js';
import { postMinutesNotice, type PostMinutesNotice } from './posting-notice/post-minutes-notice.command.js';
import { putQuestion, type PutQuestion } from './putting-question/put-question.command.js';
import { recordOutcome, type RecordOutcome } from './recording-outcome/record-outcome.command.js';
import { recordProtocolNote, type RecordProtocolNote } from './recording-protocol-note/record-protocol-note.command.js';
import { recordReservation, type RecordReservation } from './recording-reservation/record-reservation.command.js';
import { registerAppeal, type RegisterAppeal } from './registering-appeal/register-appeal.command.js';
import { removeAgendaItem, type RemoveAgendaItem } from './removing-agenda-item/remove-agenda-item.command.js';
import { requestVotering, type RequestVotering } from './requesting-votering/request-votering.command.js';
import { scheduleBoardMeeting, type ScheduleBoardMeeting } from './scheduling/schedule-board-meeting.command.js';

export type MeetingCommand =
  | ScheduleBoardMeeting
  | AddAgendaItem
  | RemoveAgendaItem
  | OpenBoardMeeting
  | ChooseChairForTheDay
  | OpenAgendaItem
  | DeclareRecusal
  | MoveMotion
  | PutQuestion
  | RequestVotering
  | CastVote
  | RecordOutcome
  | RecordReservation
  | RecordProtocolNote
  | AttestParagraphImmediately
  | CloseAgendaItem
  | CloseBoardMeeting
  | AttestMinutes
  | PostMinutesNotice
  | RegisterAppeal;

export function decideMeeting(command: MeetingCommand, state: MeetingState): MeetingEvent[] {
  switch (command.type) {
    case 'ScheduleBoardMeeting':
      return scheduleBoardMeeting(command, state);
    case 'AddAgendaItem':
      return addAgendaItem(command, state);
    case 'RemoveAgendaItem':
      return removeAgendaItem(command, state);
    case 'OpenBoardMeeting':
      return openBoardMeeting(command, state);
    case 'ChooseChairForTheDay':
      return chooseChairForTheDay(command, state);
    case 'OpenAgendaItem':
      return openAgendaItem(command, state);
    case 'DeclareRecusal':
      return declareRecusal(command, state);
    case 'MoveMotion':
      return moveMotion(command, state);
    case 'PutQuestion':
      return putQuestion(command, state);
    case 'RequestVotering':
      return requestVotering(command, state);
    case 'CastVote':
      return castVote(command, state);
    case 'RecordOutcome':
      return recordOutcome(command, state);
    case 'RecordReservation':
      return recordReservation(command, state);
    case 'RecordProtocolNote':
      return recordProtocolNote(command, state);
    case 'AttestParagraphImmediately':
      return attestParagraphImmediately(command, state);
    case 'CloseAgendaItem':
      return closeAgendaItem(command, state);
    case 'CloseBoardMeeting':
      return closeBoardMeeting(command, state);
    case 'AttestMinutes':
      return attestMinutes(command, state);
    case 'PostMinutesNotice':
      return postMinutesNotice(command, state);
    case 'RegisterAppeal':
      return registerAppeal(command, state);
    default:
      return assertNever(command);
  }
}

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  decide: decideMeeting,
  evolve: evolveMeeting,
  initialState: initialMeetingState,
};
