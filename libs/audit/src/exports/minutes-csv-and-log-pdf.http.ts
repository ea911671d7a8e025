import { Readable } from 'node:stream';
import { Controller, Get, Inject, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { boardRulesFor, meetingIdSchema } from '@beslutskedjan/board';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import {
  AllowRoles,
  CurrentPrincipal,
  UPCASTERS,
  type AppConfig,
  ApiQueryOperation,
  parseInput,
  ReadModels,
  APP_CONFIG,
} from '@beslutskedjan/platform';
import { CLOCK, type Clock, type Principal } from '@beslutskedjan/shared';
import { parseAuditLogQuery } from '../read/audit-log.filter.js';
import { CASE_AUDIT_READERS } from '../timeline/case-timeline.http.js';
import { namesIn } from '../timeline/load-case-timeline.js';
import { ExportThreads } from './export-threads.js';
import { CSV_DELIMITERS, type CsvDelimiter } from './csv.js';
import { loadMinutesDocument } from './minutes.document.js';
import { minutesCsvChunks } from './minutes.csv.js';

const delimiterOf = (value: unknown): CsvDelimiter =>
  parseInput(z.enum(CSV_DELIMITERS).default(';'), value === '' ? undefined : value, 'delimiter');

/**
 * The two formats the other exports lacked: the minutes as CSV and the audit log as PDF. Both are
 * streamed (written to the response as they are produced), never built whole on the event loop; the
 * PDF is read and laid out on an export thread (ExportThreads), like the other PDFs.
 */
@ApiTags('audit')
@Controller()
export class MinutesCsvAndLogPdfHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly exports: ExportThreads,
  ) {}

  @Get('meetings/:meetingId/minutes.csv')
  @AllowRoles(...CASE_AUDIT_READERS)
  @ApiQueryOperation(
    'exportMinutesCsv',
    'The minutes of a closed meeting as CSV (streamed; UTF-8 with BOM, `;` by default, `?delimiter=,`): one row per decision, recusal, motion, vote, reservation and note',
  )
  @ApiParam({ name: 'meetingId' })
  @ApiProduces('text/csv')
  async minutesCsv(
    @Param('meetingId') meetingId: string,
    @Query('delimiter') delimiter: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const separator = delimiterOf(delimiter);
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const nameOf = namesIn(this.people, p.tenant);
    const doc = await loadMinutesDocument(this.store, this.upcasters, p.tenant, id, nameOf, this.clock.now().toISOString());
    return new StreamableFile(Readable.from(minutesCsvChunks(doc, nameOf, separator), { objectMode: false }), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="protokoll-${doc.minutes.date}.csv"`,
    });
  }

  @Get('audit/log.pdf')
  @AllowRoles('auditor', 'admin')
  @ApiQueryOperation('exportAuditLogPdf', 'The audit log as PDF (streamed), with the same filters as getAuditLog (paging ignored)')
  @ApiProduces('application/pdf')
  async auditLogPdf(@Query() query: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const { filter, minPosition } = parseAuditLogQuery(query);
    const db = await this.readModels.consistentWith(minPosition);
    const stream = this.exports.auditLogPdf(db, {
      tenant: p.tenant,
      filter,
      nameOf: namesIn(this.people, p.tenant),
      printedAt: this.clock.now().toISOString(),
      forbund: boardRulesFor(this.config.boardRules, p.tenant).forbundName,
    });
    return new StreamableFile(stream, {
      type: 'application/pdf',
      disposition: `attachment; filename="granskningslogg-${p.tenant}.pdf"`,
    });
  }
}
