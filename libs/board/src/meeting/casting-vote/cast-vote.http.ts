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
import { voteBody, meetingIdSchema, itemNoSchema } from '../../board.schemas.js';
import { CastVoteEnvelope } from './cast-vote.handler.js';

const ROLES: Role[] = ['board_member', 'chair'];
const meeting = (v: string) => parseInput(meetingIdSchema, v, 'meetingId');
const item = (v: string) => parseInput(itemNoSchema, v, 'itemNo');

@ApiTags('meetings')
@Controller('meetings')
export class CastVoteHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/items/:itemNo/votes')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'castVote',
    'Vote by name in a votering: yes for the question put, no for the counter-motion, or abstain (a serving substitute votes in the seat)',
    voteBody,
  )
  handle(
    @Param('meetingId') meetingId: string,
    @Param('itemNo') itemNo: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<CastVoteEnvelope, CommandResult>(
      new CastVoteEnvelope({ ...parseInput(voteBody, body), meetingId: meeting(meetingId), itemNo: item(itemNo) }, context),
    );
  }
}
