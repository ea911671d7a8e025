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
import { z } from 'zod';
import type { Principal, Role } from '@beslutskedjan/shared';
import { meetingIdSchema } from '../../board.schemas.js';
import { AttestMinutesEnvelope } from './attest-minutes.handler.js';

const ROLES: Role[] = ['chair', 'board_member'];
const meeting = (v: string) => parseInput(meetingIdSchema, v, 'meetingId');
/** Optional: the hash of the minutes as the signer read them; refused (422 MINUTES_CHANGED) if they have changed since. */
const attestBody = z
  .object({
    minutesSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the minutes, 64 hex digits')
      .optional(),
  })
  .strict();

@ApiTags('meetings')
@Controller('meetings')
export class AttestMinutesHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/attestations')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'attestMinutes',
    'Attest (justera) the minutes as chair or adjuster, optionally naming the hash of the text read; with both signatures the decisions stand',
    attestBody,
  )
  handle(
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { minutesSha256 } = parseInput(attestBody, body ?? {});
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<AttestMinutesEnvelope, CommandResult>(
      new AttestMinutesEnvelope({ meetingId: meeting(meetingId), ...(minutesSha256 ? { minutesSha256 } : {}) }, context),
    );
  }
}
