import { Module } from '@nestjs/common';
import { StreamFeed } from '../../../platform/src/live/stream-feed.js';
import { StreamMeetingHttp } from './stream-meeting.http.js';

/** The meeting room's live stream, beside the board's commands and queries. */
@Module({ controllers: [StreamMeetingHttp], providers: [StreamFeed] })
export class LiveMeetingModule {}
