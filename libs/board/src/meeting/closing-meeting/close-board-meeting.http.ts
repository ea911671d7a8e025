import { Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  ApiCommand,
  emptyBody,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { meetingIdSchema } from '../../board.schemas.js';
import { CloseBoardMeetingEnvelope } from './close-board-meeting.handler.js';

const ROLES: Role[] = ['chair'];
const meeting = (v: string) => parseInput(meetingIdSchema, v, 'meetingId');

@ApiTags('meetings')
@Controller('meetings')
export class CloseBoardMeetingHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/closing')
  @AllowRoles(...ROLES)
  @ApiCommand('closeBoardMeeting', 'Close the meeting; the minutes can then be attested', emptyBody)
  handle(@Param('meetingId') meetingId: string, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<CloseBoardMeetingEnvelope, CommandResult>(
      new CloseBoardMeetingEnvelope({ meetingId: meeting(meetingId) }, context),
    );
  }
}
