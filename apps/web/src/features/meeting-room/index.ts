export { MeetingRoomPage } from './components/meeting-room-page';
