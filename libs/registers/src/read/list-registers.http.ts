import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal, ApiQueryOperation } from '@beslutskedjan/platform';
import { ROLES, type Principal } from '@beslutskedjan/shared';
import { Registers } from '../registers.service.js';
import { listMembers, listProviders } from './list-registers.js';

/** The registers are public data of the förbund: every role reads them (the application form picks its parties here). */
@ApiTags('registers')
@Controller('registers')
@AllowRoles(...ROLES)
export class ListRegistersHttp {
  constructor(private readonly registers: Registers) {}

  @Get('members')
  @ApiQueryOperation('listMembers', 'The förbund’s members and their units')
  async members(@CurrentPrincipal() principal: Principal) {
    return { members: listMembers(await this.registers.members(principal.tenant)) };
  }

  @Get('providers')
  @ApiQueryOperation('listProviders', 'The providers, each with its latest assessment of the four ASF criteria')
  async providers(@CurrentPrincipal() principal: Principal) {
    return { providers: listProviders(await this.registers.providers(principal.tenant)) };
  }
}
