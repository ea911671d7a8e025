import { Body, Controller, Headers, Param, Post } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  ApiCommand,
  organisationNumber,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { assessProviderCriteriaBody } from '../registers.schemas.js';
import { AssessProviderCriteriaEnvelope } from './assess-provider-criteria.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('registers')
@Controller('registers')
export class AssessProviderCriteriaHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post('providers/:organisationNumber/criteria-assessments')
  @AllowRoles(...ROLES)
  @ApiParam({ name: 'organisationNumber', example: '769600-1234' })
  @ApiCommand(
    'assessProviderCriteria',
    'Record the director’s check of the four ASF criteria, with date and source',
    assessProviderCriteriaBody,
  )
  handle(
    @Param('organisationNumber') orgNo: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const number = parseInput(organisationNumber(), orgNo, 'organisationNumber');
    const data = parseInput(assessProviderCriteriaBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<AssessProviderCriteriaEnvelope, CommandResult>(
      new AssessProviderCriteriaEnvelope({ ...data, organisationNumber: number }, context),
    );
  }
}
