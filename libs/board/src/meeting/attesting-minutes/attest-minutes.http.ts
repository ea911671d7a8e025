import { Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../../platform/src/http/api-docs.js';
import { emptyBody, parseInput } from '../../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../../shared/src/identity.js';
import { meetingIdSchema } from '../../board.schemas.js';
import { AttestMinutesEnvelope } from './attest-minutes.handler.js';

const ROLES: Role[] = ['chair', 'board_member'];
const meeting = (v: string) => parseInput(meetingIdSchema, v, 'meetingId');

@ApiTags('meetings')
@Controller('meetings')
export class AttestMinutesHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/attestations')
  @AllowRoles(...ROLES)
  @ApiCommand('attestMinutes', 'Attest (justera) the minutes as chair or adjuster; with both signatures the decisions stand', emptyBody)
  handle(@Param('meetingId') meetingId: string, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<AttestMinutesEnvelope, CommandResult>(
      new AttestMinutesEnvelope({ meetingId: meeting(meetingId) }, context),
    );
  }
}
