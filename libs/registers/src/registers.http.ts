import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../platform/src/commands/command-executor.js';
import { ApiCommand, ApiQueryOperation } from '../../platform/src/http/api-docs.js';
import { organisationNumber, parseInput } from '../../platform/src/http/validation.js';
import { ROLES, type Principal, type Role } from '../../shared/src/identity.js';
import { AssessProviderCriteriaEnvelope } from './assessing-provider-criteria/assess-provider-criteria.handler.js';
import { listMembers, listProviders } from './read/list-registers.js';
import { RegisterMemberEnvelope } from './registering-member/register-member.handler.js';
import { RegisterProviderEnvelope } from './registering-provider/register-provider.handler.js';
import { assessProviderCriteriaBody, registerMemberBody, registerProviderBody } from './registers.schemas.js';
import { Registers } from './registers.service.js';

const KEEPERS: Role[] = ['admin', 'director'];
const ASSESSORS: Role[] = ['director'];

/** The förbund's members and providers: kept by the admin and the director, readable by every role (public data). */
@ApiTags('registers')
@Controller('registers')
export class RegistersHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly registers: Registers,
  ) {}

  @Post('members')
  @AllowRoles(...KEEPERS)
  @ApiCommand('registerMember', 'Register a member (kommun, region, Arbetsförmedlingen, Försäkringskassan) with its units', registerMemberBody)
  registerMember(@Body() body: unknown, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const data = parseInput(registerMemberBody, body);
    const context = this.contexts.create(headers, principal, KEEPERS);
    return this.commands.execute<RegisterMemberEnvelope, CommandResult>(new RegisterMemberEnvelope(data, context));
  }

  @Post('providers')
  @AllowRoles(...KEEPERS)
  @ApiCommand('registerProvider', 'Register a provider (utförare), e.g. a work-integration social enterprise', registerProviderBody)
  registerProvider(@Body() body: unknown, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const data = parseInput(registerProviderBody, body);
    const context = this.contexts.create(headers, principal, KEEPERS);
    return this.commands.execute<RegisterProviderEnvelope, CommandResult>(new RegisterProviderEnvelope(data, context));
  }

  @Post('providers/:organisationNumber/criteria-assessments')
  @AllowRoles(...ASSESSORS)
  @ApiParam({ name: 'organisationNumber', example: '769600-1234' })
  @ApiCommand('assessProviderCriteria', 'Record the director’s check of the four ASF criteria, with date and source', assessProviderCriteriaBody)
  assess(@Param('organisationNumber') orgNo: string, @Body() body: unknown, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const number = parseInput(organisationNumber(), orgNo, 'organisationNumber');
    const data = parseInput(assessProviderCriteriaBody, body);
    const context = this.contexts.create(headers, principal, ASSESSORS);
    return this.commands.execute<AssessProviderCriteriaEnvelope, CommandResult>(
      new AssessProviderCriteriaEnvelope({ ...data, organisationNumber: number }, context),
    );
  }

  @Get('members')
  @AllowRoles(...ROLES)
  @ApiQueryOperation('listMembers', 'The förbund’s members and their units')
  async members(@CurrentPrincipal() principal: Principal) {
    return { members: listMembers(await this.registers.members(principal.tenant)) };
  }

  @Get('providers')
  @AllowRoles(...ROLES)
  @ApiQueryOperation('listProviders', 'The providers, each with its latest assessment of the four ASF criteria')
  async providers(@CurrentPrincipal() principal: Principal) {
    return { providers: listProviders(await this.registers.providers(principal.tenant)) };
  }
}
