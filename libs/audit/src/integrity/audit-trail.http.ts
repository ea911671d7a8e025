import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Inject } from '@nestjs/common';
import { AllowRoles, CurrentPrincipal } from '@beslutskedjan/platform';
import { CLOCK, type Clock, ForbiddenError, InvalidInputError, TENANT_PATTERN, type Principal } from '@beslutskedjan/shared';
import { AuditTrailService } from './audit-trail.service.js';

/** Tamper evidence over HTTP: auditors verify, administrators seal (the worker also seals by itself). */
@ApiTags('audit')
@Controller('audit')
export class AuditTrailHttp {
  constructor(
    private readonly audit: AuditTrailService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('verification')
  @AllowRoles('auditor', 'admin', 'operator')
  @ApiBearerAuth()
  @ApiQuery({
    name: 'full',
    required: false,
    description: 'Operator only: re-verify the whole log, not just what came after the last verified checkpoint',
  })
  @ApiQuery({ name: 'tenant', required: false, description: 'Operator only: the förbund to verify' })
  @ApiOperation({
    operationId: 'verifyAuditTrail',
    summary: 'Verify the log of the förbund: hashes, chains, contiguous revisions, genesis and keyed seals (incremental)',
  })
  verify(@CurrentPrincipal() principal: Principal, @Query('full') full: string | undefined, @Query('tenant') tenant: string | undefined) {
    const operator = principal.roles.includes('operator');
    const wantsFull = full === 'true' || full === '1';
    if ((wantsFull || tenant !== undefined) && !operator) {
      throw new ForbiddenError('OPERATOR_ONLY', 'Full re-verification and other förbund are for the platform operator');
    }
    if (tenant !== undefined && !TENANT_PATTERN.test(tenant))
      throw new InvalidInputError([{ field: 'tenant', message: 'must be a tenant id' }]);
    return this.audit.verify(tenant ?? principal.tenant, wantsFull);
  }

  @Post('seals')
  @HttpCode(201)
  @AllowRoles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'sealAuditTrail',
    summary: 'Seal the log: record the head of every stream changed since the last seal (refused when verification fails)',
  })
  seal(@CurrentPrincipal() principal: Principal) {
    return this.audit.seal(principal.tenant, this.clock.now().toISOString(), { userId: principal.userId, role: 'admin' });
  }
}
