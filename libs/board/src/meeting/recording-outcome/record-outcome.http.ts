import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../../shared/src/identity.js';
import { itemNoSchema, meetingIdSchema, outcomeBody } from '../../board.schemas.js';
import { RecordOutcomeRequested } from './record-outcome.handler.js';

const ROLES: Role[] = ['chair'];

@ApiTags('meetings')
@Controller('meetings')
export class RecordOutcomeHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/items/:itemNo/outcome')
  @AllowRoles(...ROLES)
  @ApiCommand('recordOutcome', 'Record the decision on an item: approved, rejected, referred back (återremiss) or tabled (bordläggning)', outcomeBody)
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
      outcome: input.outcome,
      ...(input.amendedTerms ? { amendedTerms: input.amendedTerms } : {}),
      ...(input.motivation ? { motivation: input.motivation } : {}),
    };
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<RecordOutcomeRequested, CommandResult>(new RecordOutcomeRequested(data, context));
  }
}
