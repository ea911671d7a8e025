import { Controller, Get, Inject, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { applicationIdSchema } from '@beslutskedjan/application';
import { meetingIdSchema } from '@beslutskedjan/board';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { AllowRoles, CurrentPrincipal, UPCASTERS, ApiQueryOperation, parseInput, ReadModels } from '@beslutskedjan/platform';
import { CLOCK, type Clock, NotFoundError, type Principal } from '@beslutskedjan/shared';
import { parseAuditLogQuery } from '../read/audit-log.filter.js';
import { meetingIdsOfCase } from '../read/audit-log.queries.js';
import { CASE_AUDIT_READERS } from '../timeline/case-timeline.http.js';
import { namesIn } from '../timeline/load-case-timeline.js';
import type { Readable } from 'node:stream';
import { CSV_DELIMITERS, type CsvDelimiter } from './csv.js';
import { loadCaseDossier } from './case-dossier.js';
import { ExportThreads } from './export-threads.js';
import { loadMinutesDocument } from './minutes.document.js';

const file = (body: Readable, type: string, name: string) =>
  new StreamableFile(body, { type, disposition: `attachment; filename="${name}"` });

const delimiterOf = (value: unknown): CsvDelimiter =>
  parseInput(z.enum(CSV_DELIMITERS).default(';'), value === '' ? undefined : value, 'delimiter');

const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-');

/** Documents for the record: case dossiers, minutes and the audit log, in Swedish, for print and spreadsheets. */
@ApiTags('audit')
@Controller()
export class ExportsHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly threads: ExportThreads,
  ) {}

  private async dossier(applicationId: string, minPosition: string | undefined, p: Principal) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const db = await this.readModels.consistentWith(minPosition);
    const sources = { store: this.store, upcasters: this.upcasters, people: this.people };
    const dossier = await loadCaseDossier(sources, p.tenant, id, meetingIdsOfCase(db, p.tenant, id), this.clock.now().toISOString());
    if (!dossier) throw new NotFoundError('APPLICATION_NOT_FOUND', `No application ${id} in this förbund`);
    return dossier;
  }

  @Get('applications/:applicationId/dossier.:format')
  @AllowRoles(...CASE_AUDIT_READERS)
  @ApiQueryOperation(
    'exportCaseDossier',
    'The case dossier (ärendeakt): dossier.pdf for print, dossier.csv (UTF-8 with BOM, `;` for Swedish Excel or `?delimiter=,`) for a spreadsheet',
  )
  @ApiParam({ name: 'applicationId' })
  @ApiParam({ name: 'format', enum: ['pdf', 'csv'] })
  @ApiProduces('application/pdf', 'text/csv')
  async dossierFile(
    @Param('applicationId') applicationId: string,
    @Param('format') format: string,
    @Query('minPosition') minPosition: string | undefined,
    @Query('delimiter') delimiter: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const kind = parseInput(z.enum(['pdf', 'csv']), format, 'format');
    const separator = delimiterOf(delimiter);
    const dossier = await this.dossier(applicationId, minPosition, p);
    const name = `arendeakt-${safe(dossier.timeline.caseNumber)}`;
    return kind === 'pdf'
      ? file(this.threads.caseDossierPdf(dossier), 'application/pdf', `${name}.pdf`)
      : file(this.threads.caseDossierCsv(dossier, separator), 'text/csv; charset=utf-8', `${name}.csv`);
  }

  @Get('meetings/:meetingId/minutes.pdf')
  @AllowRoles(...CASE_AUDIT_READERS)
  @ApiQueryOperation('exportMinutes', 'The minutes (protokoll) of a closed meeting as PDF, with signatures and hash')
  @ApiParam({ name: 'meetingId' })
  @ApiProduces('application/pdf')
  async minutes(@Param('meetingId') meetingId: string, @CurrentPrincipal() p: Principal) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const doc = await loadMinutesDocument(
      this.store,
      this.upcasters,
      p.tenant,
      id,
      namesIn(this.people, p.tenant),
      this.clock.now().toISOString(),
    );
    return file(this.threads.minutesPdf(doc), 'application/pdf', `protokoll-${doc.minutes.date}.pdf`);
  }

  @Get('audit/log.csv')
  @AllowRoles('auditor', 'admin')
  @ApiQueryOperation(
    'exportAuditLog',
    'The audit log as CSV (streamed; `;` by default, `?delimiter=,`), with the same filters as getAuditLog (paging ignored)',
  )
  @ApiProduces('text/csv')
  async auditLog(@Query() query: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const { delimiter, ...filters } = query;
    const separator = delimiterOf(delimiter);
    const { filter, minPosition } = parseAuditLogQuery(filters);
    const db = await this.readModels.consistentWith(minPosition);
    const chunks = this.threads.auditLogCsv(db, p.tenant, filter, namesIn(this.people, p.tenant), separator);
    return new StreamableFile(chunks, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="granskningslogg-${p.tenant}.csv"`,
    });
  }
}
