import { assertNever, type Decider } from '../../../shared/src/decider.js';
import { addAgendaItem, type AddAgendaItem } from './adding-agenda-item/add-agenda-item.command.js';
import { attestMinutes, type AttestMinutes } from './attesting-minutes/attest-minutes.command.js';
import { castVote, type CastVote } from './casting-vote/cast-vote.command.js';
import { closeAgendaItem, type CloseAgendaItem } from './closing-item/close-agenda-item.command.js';
import { closeBoardMeeting, type CloseBoardMeeting } from './closing-meeting/close-board-meeting.command.js';
import { declareRecusal, type DeclareRecusal } from './declaring-recusal/declare-recusal.command.js';
import type { MeetingEvent } from './meeting.events.js';
import { evolveMeeting, initialMeetingState, type MeetingState } from './meeting.state.js';
import { openAgendaItem, type OpenAgendaItem } from './opening-item/open-agenda-item.command.js';
import { openBoardMeeting, type OpenBoardMeeting } from './opening-meeting/open-board-meeting.command.js';
import { recordOutcome, type RecordOutcome } from './recording-outcome/record-outcome.command.js';
import { scheduleBoardMeeting, type ScheduleBoardMeeting } from './scheduling/schedule-board-meeting.command.js';

export type MeetingCommand =
  | ScheduleBoardMeeting
  | AddAgendaItem
  | OpenBoardMeeting
  | OpenAgendaItem
  | DeclareRecusal
  | CastVote
  | RecordOutcome
  | CloseAgendaItem
  | CloseBoardMeeting
  | AttestMinutes;

export function decideMeeting(command: MeetingCommand, state: MeetingState): MeetingEvent[] {
  switch (command.type) {
    case 'ScheduleBoardMeeting':
      return scheduleBoardMeeting(command, state);
    case 'AddAgendaItem':
      return addAgendaItem(command, state);
    case 'OpenBoardMeeting':
      return openBoardMeeting(command, state);
    case 'OpenAgendaItem':
      return openAgendaItem(command, state);
    case 'DeclareRecusal':
      return declareRecusal(command, state);
    case 'CastVote':
      return castVote(command, state);
    case 'RecordOutcome':
      return recordOutcome(command, state);
    case 'CloseAgendaItem':
      return closeAgendaItem(command, state);
    case 'CloseBoardMeeting':
      return closeBoardMeeting(command, state);
    case 'AttestMinutes':
      return attestMinutes(command, state);
    default:
      return assertNever(command);
  }
}

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  decide: decideMeeting,
  evolve: evolveMeeting,
  initialState: initialMeetingState,
};
