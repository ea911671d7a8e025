import { Module } from '@nestjs/common';
import { StreamFeed } from '@beslutskedjan/platform';
import { MeetingParticipantsHttp } from './meeting-participants.http.js';
import { MeetingRoomHttp } from './meeting-room.http.js';
import { StreamMeetingHttp } from './stream-meeting.http.js';

/** What the meeting room needs beside the board's commands and queries: the live stream, the room's view and the names. */
@Module({ controllers: [StreamMeetingHttp, MeetingParticipantsHttp, MeetingRoomHttp], providers: [StreamFeed] })
export class LiveMeetingModule {}
