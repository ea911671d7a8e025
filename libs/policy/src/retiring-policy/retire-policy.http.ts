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
import { policyIdSchema, retirePolicyBody } from '../policy.schemas.js';
import { RetirePolicyEnvelope } from './retire-policy.handler.js';

const RECORDERS: Role[] = ['chair', 'director', 'admin'];

@ApiTags('policy')
@Controller('policies')
export class RetirePolicyHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':policyId/retirement')
  @AllowRoles(...RECORDERS)
  @ApiCommand('retirePolicy', "Record the board's decision to retire a policy altogether", retirePolicyBody)
  retire(
    @Param('policyId') policyId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const data = { ...parseInput(retirePolicyBody, body), policyId: parseInput(policyIdSchema, policyId, 'policyId') };
    const context = this.contexts.create(headers, principal, RECORDERS);
    return this.commands.execute<RetirePolicyEnvelope, CommandResult>(new RetirePolicyEnvelope(data, context));
  }
}
