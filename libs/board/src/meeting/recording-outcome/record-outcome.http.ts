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
import { itemNoSchema, meetingIdSchema, outcomeBody } from '../../board.schemas.js';
import { RecordOutcomeRequested } from './record-outcome.handler.js';

// The vice chair or an ordförande för dagen presides too; the decider checks who presides over the item.
const ROLES: Role[] = ['chair', 'board_member'];

@ApiTags('meetings')
@Controller('meetings')
export class RecordOutcomeHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/items/:itemNo/outcome')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'recordOutcome',
    'The presiding member declares the decision: by acclamation on the question put, or as the votering (with the casting vote on a tie) decided',
    outcomeBody,
  )
  record(
    @Param('meetingId') meetingId: string,
    @Param('itemNo') itemNo: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const input = parseInput(outcomeBody, body);
    const data = {
      meetingId: parseInput(meetingIdSchema, meetingId, 'meetingId'),
      itemNo: parseInput(itemNoSchema, itemNo, 'itemNo'),
      ...(input.outcome ? { outcome: input.outcome } : {}),
      ...(input.castingVote ? { castingVote: input.castingVote } : {}),
      ...(input.amendedTerms ? { amendedTerms: input.amendedTerms } : {}),
      ...(input.motivation ? { motivation: input.motivation } : {}),
    };
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<RecordOutcomeRequested, CommandResult>(new RecordOutcomeRequested(data, context));
  }
}
