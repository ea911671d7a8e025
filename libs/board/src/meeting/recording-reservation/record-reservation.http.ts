import { Body, Controller, Inject, Param, Post, Headers } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  CommandEnvelope,
  CommandExecutor,
  type CommandResult,
  APP_CONFIG,
  type AppConfig,
  ApiCommand,
  parseInput,
} from '@beslutskedjan/platform';
import { type Principal, type Role, NotFoundError } from '@beslutskedjan/shared';
import { addDays, boardRulesFor } from '../../board-rules.js';
import { itemNoSchema, meetingIdSchema, reservationBody } from '../../board.schemas.js';
import { executeMeetingCommand } from '../../http/board-commands.js';
import { meetingDecider } from '../meeting.decider.js';
import { meetingStreamId } from '../meeting.events.js';
import type { RecordReservation } from './record-reservation.command.js';

const ROLES: Role[] = ['board_member', 'chair'];

export class RecordReservationEnvelope extends CommandEnvelope<
  Omit<RecordReservation, 'data'> & { data: Omit<RecordReservation['data'], 'motivationDueOn'> & { motivationDueOn?: string } }
> {}

/** Without a date from the meeting, the written motivation is due by the attestation deadline (KL 4:27). */
@CommandHandler(RecordReservationEnvelope)
export class RecordReservationHandler implements ICommandHandler<RecordReservationEnvelope, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(envelope: RecordReservationEnvelope): Promise<CommandResult> {
    const { data, context } = envelope;
    const { state } = await this.executor.load(meetingStreamId(context.tenant, data.meetingId), meetingDecider);
    if (state.status === 'none') throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${data.meetingId} in this förbund`);
    const recorded = state.status === 'scheduled' ? null : state.attestationDueOn;
    const motivationDueOn =
      data.motivationDueOn ?? recorded ?? addDays(state.date, boardRulesFor(this.config.boardRules, context.tenant).attestationDays);
    class Full extends CommandEnvelope<RecordReservation> {}
    return executeMeetingCommand(this.executor, new Full({ ...data, motivationDueOn }, context), 'RecordReservation');
  }
}

@ApiTags('meetings')
@Controller('meetings')
export class RecordReservationHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/items/:itemNo/reservations')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'recordReservation',
    'A member who took part and lost reserves against the decision before the meeting closes; the written motivation may follow by the date the meeting set',
    reservationBody,
  )
  handle(
    @Param('meetingId') m: string,
    @Param('itemNo') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const input = parseInput(reservationBody, body);
    const data = {
      meetingId: parseInput(meetingIdSchema, m, 'meetingId'),
      itemNo: parseInput(itemNoSchema, n, 'itemNo'),
      motivation: input.motivation,
      ...(input.motivationDueOn ? { motivationDueOn: input.motivationDueOn } : {}),
    };
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<RecordReservationEnvelope, CommandResult>(new RecordReservationEnvelope(data, context));
  }
}
