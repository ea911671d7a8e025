import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '../../../event-store/src/event-store.port.js';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CLOCK, type Clock } from '../../../shared/src/clock.js';
import type { Principal } from '../../../shared/src/identity.js';
import { sealAuditTrail } from './seal-audit-trail.js';
import { verifyAuditTrail } from './verify-audit-trail.js';

/** Tamper evidence over HTTP: auditors verify, administrators seal (operators also seal on a schedule). */
@ApiTags('audit')
@Controller('audit')
export class AuditTrailHttp {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('verification')
  @AllowRoles('auditor', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'verifyAuditTrail',
    summary: 'Verify the whole log of the förbund: hashes, chains, contiguous revisions and seals (reads every event)',
  })
  verify(@CurrentPrincipal() principal: Principal) {
    return verifyAuditTrail(this.store, principal.tenant);
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
    return sealAuditTrail(this.store, principal.tenant, this.clock.now().toISOString(), { userId: principal.userId, role: 'admin' });
  }
}
