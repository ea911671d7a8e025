/** The API's read shapes, imported as types from the server so the two cannot drift apart. */
export type { MeetingRoomView, RoomItem, RoomSeat } from '@beslutskedjan/board';
export type { MeetingParticipant } from '@beslutskedjan/board';
export type { MeetingLiveData } from './follow-meeting';
