import { Module } from '@nestjs/common';
import { PolicyModule } from '@beslutskedjan/policy';
import { AppointBoardMemberHandler } from './composition/appointing-member/appoint-board-member.handler.js';
import { AppointBoardMemberHttp } from './composition/appointing-member/appoint-board-member.http.js';
import { EndBoardMembershipHandler } from './composition/ending-membership/end-board-membership.handler.js';
import { EndBoardMembershipHttp } from './composition/ending-membership/end-board-membership.http.js';
import { AddAgendaItemHandler } from './meeting/adding-agenda-item/add-agenda-item.handler.js';
import { AddAgendaItemHttp } from './meeting/adding-agenda-item/add-agenda-item.http.js';
import { RemoveAgendaItemHttp } from './meeting/removing-agenda-item/remove-agenda-item.http.js';
import { AttestMinutesHandler } from './meeting/attesting-minutes/attest-minutes.handler.js';
import { AttestMinutesHttp } from './meeting/attesting-minutes/attest-minutes.http.js';
import { CastVoteHandler } from './meeting/casting-vote/cast-vote.handler.js';
import { CastVoteHttp } from './meeting/casting-vote/cast-vote.http.js';
import { CloseAgendaItemHandler } from './meeting/closing-item/close-agenda-item.handler.js';
import { CloseAgendaItemHttp } from './meeting/closing-item/close-agenda-item.http.js';
import { CloseBoardMeetingHandler } from './meeting/closing-meeting/close-board-meeting.handler.js';
import { CloseBoardMeetingHttp } from './meeting/closing-meeting/close-board-meeting.http.js';
import { DeclareRecusalHandler } from './meeting/declaring-recusal/declare-recusal.handler.js';
import { DeclareRecusalHttp } from './meeting/declaring-recusal/declare-recusal.http.js';
import { OpenAgendaItemHandler } from './meeting/opening-item/open-agenda-item.handler.js';
import { OpenAgendaItemHttp } from './meeting/opening-item/open-agenda-item.http.js';
import { OpenBoardMeetingHandler } from './meeting/opening-meeting/open-board-meeting.handler.js';
import { OpenBoardMeetingHttp } from './meeting/opening-meeting/open-board-meeting.http.js';
import { RecordOutcomeHandler } from './meeting/recording-outcome/record-outcome.handler.js';
import { RecordOutcomeHttp } from './meeting/recording-outcome/record-outcome.http.js';
import { ScheduleBoardMeetingHandler } from './meeting/scheduling/schedule-board-meeting.handler.js';
import { ScheduleBoardMeetingHttp } from './meeting/scheduling/schedule-board-meeting.http.js';
import { AgendaCandidatesHttp } from './read/agenda-candidates.http.js';
import { BoardQueriesHttp } from './read/board-queries.http.js';
import { BoardAppointmentsHttp } from './read/board-appointments.http.js';
import { BoardDocumentsHttp } from './documents/board-documents.http.js';
import { BoardDocumentThreads } from './documents/board-document-threads.js';
import { WhenMinutesAttestedThenArchive } from './archive/when-minutes-attested-then-archive.reaction.js';
import { MeetingCommandHandler } from './http/meeting-command.handler.js';
import { MeetingProcedureHttp } from './meeting/procedure.http.js';
import { RecordReservationHandler, RecordReservationHttp } from './meeting/recording-reservation/record-reservation.http.js';

const commandHandlers = [
  AppointBoardMemberHandler,
  EndBoardMembershipHandler,
  ScheduleBoardMeetingHandler,
  AddAgendaItemHandler,
  OpenBoardMeetingHandler,
  OpenAgendaItemHandler,
  DeclareRecusalHandler,
  CastVoteHandler,
  RecordOutcomeHandler,
  CloseAgendaItemHandler,
  CloseBoardMeetingHandler,
  AttestMinutesHandler,
  MeetingCommandHandler,
  RecordReservationHandler,
];
const controllers = [
  AppointBoardMemberHttp,
  EndBoardMembershipHttp,
  ScheduleBoardMeetingHttp,
  AddAgendaItemHttp,
  RemoveAgendaItemHttp,
  OpenBoardMeetingHttp,
  OpenAgendaItemHttp,
  DeclareRecusalHttp,
  CastVoteHttp,
  RecordOutcomeHttp,
  CloseAgendaItemHttp,
  CloseBoardMeetingHttp,
  AttestMinutesHttp,
  BoardQueriesHttp,
  AgendaCandidatesHttp,
  BoardAppointmentsHttp,
  MeetingProcedureHttp,
  RecordReservationHttp,
  BoardDocumentsHttp,
];

/** The board: its composition over time, its meetings, votes, outcomes and minutes. */
@Module({ imports: [PolicyModule], controllers, providers: [...commandHandlers, WhenMinutesAttestedThenArchive, BoardDocumentThreads] })
export class BoardModule {}
