import { MeetingRoomPage } from '../../features/meeting-room';

export const MeetingRoomRoute = MeetingRoomPage;
