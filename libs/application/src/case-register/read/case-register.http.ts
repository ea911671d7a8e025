import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AllowRoles, CurrentPrincipal, ApiCommand, ApiQueryOperation, emptyBody, parseInput, ReadModels } from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { VoidUnusedCaseNumbers } from '../voiding-unused/void-unused-case-numbers.service.js';
import { caseRegisterOf } from './case-register.queries.js';

/** The diarium is a public record of the förbund: staff, the board and the auditor read it. */
const READERS: Role[] = ['director', 'chair', 'board_member', 'auditor', 'admin'];

@ApiTags('applications')
@Controller('case-register')
@AllowRoles(...READERS)
export class CaseRegisterHttp {
  constructor(
    private readonly readModels: ReadModels,
    private readonly sweep: VoidUnusedCaseNumbers,
  ) {}

  /** Runs at every start too; on request it lets the director close the year's register without a restart. */
  @Post('void-unused')
  @HttpCode(200)
  @AllowRoles('director', 'admin')
  @ApiCommand(
    'voidUnusedCaseNumbers',
    'Record numbers taken more than 15 minutes ago whose case was never registered as void (makulerade), with the reason',
    emptyBody,
  )
  async voidUnused(@CurrentPrincipal() principal: Principal) {
    return { voided: await this.sweep.sweep(principal.tenant) };
  }

  @Get(':year')
  @ApiParam({ name: 'year', example: 2026 })
  @ApiQueryOperation(
    'getCaseRegister',
    'Every case number of a year with its status (registered, void with reason) and its documents (2026/0042-3)',
  )
  async register(
    @Param('year') year: string,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ) {
    const y = parseInput(z.coerce.number().int().min(2000).max(2100), year, 'year');
    const db = await this.readModels.consistentWith(minPosition);
    return caseRegisterOf(db, principal.tenant, y);
  }
}
