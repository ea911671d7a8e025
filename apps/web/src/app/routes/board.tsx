import { AttestMinutesPage, MyMeetingsPage } from '../../features/board';

export const MyMeetingsRoute = MyMeetingsPage;
export const AttestMinutesRoute = AttestMinutesPage;
