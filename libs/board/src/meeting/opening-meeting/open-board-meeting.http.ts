import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  ApiCommand,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { meetingIdSchema, openMeetingBody } from '../../board.schemas.js';
import { OpenBoardMeetingRequested } from './open-board-meeting.handler.js';

const ROLES: Role[] = ['chair'];

@ApiTags('meetings')
@Controller('meetings')
export class OpenBoardMeetingHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/opening')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'openBoardMeeting',
    'Open the meeting: who is present, the secretary, others present, and the adjuster the meeting chose (justerare)',
    openMeetingBody,
  )
  open(
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const { present, adjusterId, secretaryId, othersPresent } = parseInput(openMeetingBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<OpenBoardMeetingRequested, CommandResult>(
      new OpenBoardMeetingRequested(id, present, adjusterId, secretaryId, othersPresent, context),
    );
  }
}
