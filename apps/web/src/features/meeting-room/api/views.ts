/** The API's read shapes, imported as types from the server so the two cannot drift apart. */
export type { MeetingDetail, MeetingView, AgendaItemView, ItemVoteView } from '../../../../../../libs/board/src/read/meetings.queries';
export type { MeetingParticipant } from '../../../../../../libs/board/src/live/meeting-participants';
export type { MeetingLiveData } from './follow-meeting';
