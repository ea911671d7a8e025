import { Body, Controller, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  newIdFor,
  ApiCommand,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { scheduleBody } from '../../board.schemas.js';
import { ScheduleBoardMeetingEnvelope } from './schedule-board-meeting.handler.js';

const ROLES: Role[] = ['director', 'chair'];

@ApiTags('meetings')
@Controller('meetings')
export class ScheduleBoardMeetingHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post('')
  @AllowRoles(...ROLES)
  @ApiCommand('scheduleBoardMeeting', 'Schedule a board meeting (styrelsemöte)', scheduleBody)
  async handle(
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandResult & { meetingId: string }> {
    const context = this.contexts.create(headers, principal, ROLES);
    const meetingId = newIdFor(context, 'meeting');
    // The new meeting's id is what the caller addresses next (agenda, opening); it is returned, not guessed.
    const result = await this.commands.execute<ScheduleBoardMeetingEnvelope, CommandResult>(
      new ScheduleBoardMeetingEnvelope({ ...parseInput(scheduleBody, body), meetingId }, context),
    );
    return { ...result, meetingId };
  }
}
