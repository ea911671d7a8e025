import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../../../platform/src/auth/auth.decorators.js';
import { REMINDER_DISPATCH } from '../reminders.tokens.js';
import type { ReconcileReport, ReminderDispatch } from '../queue/reminder-dispatch.js';

@ApiTags('operations')
@Controller('admin/reminders')
@AllowRoles('admin')
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
  reconcile(): Promise<ReconcileReport> {
    return this.dispatch.reconcile();
  }
}
