import { Controller, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '@beslutskedjan/platform';
import { InvalidInputError, TENANT_PATTERN, type Principal } from '@beslutskedjan/shared';
import { REMINDER_DISPATCH } from '../reminders.tokens.js';
import type { ReconcileReport, ReminderDispatch } from '../queue/reminder-dispatch.js';

/**
 * A förbund's admin reconciles their own förbund only, whatever they ask; the platform operator may
 * reconcile one förbund (`?tenant=`) or all of them.
 */
export function reconcileScope(principal: Principal, tenant: string | undefined): { tenant?: string } {
  if (!principal.roles.includes('operator')) return { tenant: principal.tenant };
  if (tenant === undefined || tenant === '') return {};
  if (!TENANT_PATTERN.test(tenant)) throw new InvalidInputError([{ field: 'tenant', message: 'must be a tenant id' }]);
  return { tenant };
}

@ApiTags('operations')
@Controller('admin/reminders')
@AllowRoles('admin', 'operator')
export class ReconcileRemindersHttp {
  constructor(@Inject(REMINDER_DISPATCH) private readonly dispatch: Pick<ReminderDispatch, 'reconcile'>) {}

  /** After Redis was lost or flushed: every pending reminder gets its job back, none is sent twice. */
  @Post('reconcile')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'reconcileReminders',
    summary: 'Rebuild the reminder queue from the schedule (the event log): add missing jobs, remove obsolete ones',
  })
  @ApiResponse({
    status: 200,
    description: 'What was done',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            mode: { type: 'string', enum: ['bullmq', 'embedded'] },
            pending: { type: 'integer' },
            added: { type: 'integer' },
            removed: { type: 'integer' },
            kept: { type: 'integer' },
          },
        },
      },
    },
  })
  @ApiQuery({ name: 'tenant', required: false, description: 'Operator only: one förbund; without it, every förbund' })
  reconcile(@CurrentPrincipal() principal: Principal, @Query('tenant') tenant: string | undefined): Promise<ReconcileReport> {
    return this.dispatch.reconcile(reconcileScope(principal, tenant));
  }
}
