/** The API's read shapes, imported as types from the server so the two cannot drift apart. */
export type { MeetingRoomView, RoomItem, RoomSeat } from '../../../../../../libs/board/src/live/meeting-room.view';
export type { MeetingParticipant } from '../../../../../../libs/board/src/live/meeting-participants';
export type { MeetingLiveData } from './follow-meeting';
