import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { AllowRoles, CurrentPrincipal, ApiQueryOperation, ReadModels } from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { listAppointments } from './board.queries.js';

const READERS: Role[] = ['director', 'board_member', 'chair', 'auditor', 'admin'];

/**
 * The board's composition over time: every appointment, past, present and future, with its term and
 * any early end. `GET /board?date=` answers "who sat on that day"; this is the register behind it,
 * and gives the appointment ids that ending a membership needs.
 */
@ApiTags('board')
@Controller('board')
@AllowRoles(...READERS)
export class BoardAppointmentsHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
  ) {}

  @Get('appointments')
  @ApiQueryOperation(
    'listBoardAppointments',
    'Every appointment to the board over time (members, substitutes, chair, vice chair), with terms and early ends',
  )
  async list(@Query('minPosition') minPosition: string | undefined, @CurrentPrincipal() p: Principal) {
    const db = await this.readModels.consistentWith(minPosition);
    // Names from the erasable directory at read time, as every document does.
    const appointments = listAppointments(db, p.tenant).map((a) => ({ ...a, name: this.people.nameOf(p.tenant, a.personId) }));
    return { appointments };
  }
}
