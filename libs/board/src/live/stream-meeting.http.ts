import { Controller, Headers, Inject, Param, Sse, type MessageEvent } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { interval, map, merge, type Observable } from 'rxjs';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import {
  AllowRoles,
  CurrentPrincipal,
  type AppConfig,
  parseInput,
  catchUpThenFollow,
  StreamFeed,
  APP_CONFIG,
} from '@beslutskedjan/platform';
import { NotFoundError, type Principal } from '@beslutskedjan/shared';
import { meetingIdSchema } from '../board.schemas.js';
import { meetingStreamId } from '../meeting/meeting.events.js';
import { parseLastEventId, toSseMessage } from './meeting-live-message.js';
import { liveStreamDocs } from './stream-meeting.docs.js';

/**
 * The meeting room's live feed: the meeting's own events from the log, as server-sent events.
 * The same readers as `getBoardMeeting`; the stream id carries the caller's förbund, so another
 * förbund's meeting is a 404 like any unknown one.
 */
@ApiTags('meetings')
@Controller()
@AllowRoles('director', 'board_member', 'chair', 'auditor', 'admin')
export class StreamMeetingHttp {
  constructor(
    private readonly feed: StreamFeed,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Sse('meetings/:meetingId/live')
  @ApiOperation({
    operationId: 'streamMeeting',
    summary: 'The meeting as it changes, live (server-sent events); resumes with Last-Event-ID',
  })
  @ApiBearerAuth()
  @ApiParam({ name: 'meetingId' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this message id: every change after it is sent first' })
  @ApiProduces('text/event-stream')
  @ApiResponse(liveStreamDocs.ok)
  @ApiResponse(liveStreamDocs.invalid)
  @ApiResponse(liveStreamDocs.unauthorized)
  @ApiResponse(liveStreamDocs.forbidden)
  @ApiResponse(liveStreamDocs.notFound)
  async stream(
    @Param('meetingId') meetingId: string,
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentPrincipal() p: Principal,
  ): Promise<Observable<MessageEvent>> {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const after = parseLastEventId(lastEventId);
    const streamId = meetingStreamId(p.tenant, id);
    await this.feed.start();
    const first = await this.store.readStream(streamId, { toRevision: 0 });
    if (first.length === 0) throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${id} in this förbund`);
    const heartbeat = interval(this.config.live.heartbeatMs).pipe(map((): MessageEvent => ({ comment: 'keep-alive' })));
    return merge(catchUpThenFollow(this.feed, this.store, streamId, after).pipe(map(toSseMessage)), heartbeat);
  }
}
