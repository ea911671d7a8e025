export { MyMeetingsPage } from './components/my-meetings-page';
export { AttestMinutesPage } from './components/attest-minutes-page';
export { RoomExtras } from './components/room-extras';
export { CaseLegalForce } from './components/case-legal-force';
