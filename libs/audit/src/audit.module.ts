import { Module } from '@nestjs/common';
import type { Upcaster } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import { ErasePersonalDataHandler } from './erasure/erase-personal-data.handler.js';
import { ErasePersonalDataHttp } from './erasure/erase-personal-data.http.js';
import { EraseContactDetailsHandler } from './erasure/erasing-contact-details/erase-contact-details.handler.js';
import { EraseContactDetailsHttp } from './erasure/erasing-contact-details/erase-contact-details.http.js';
import { ExportThreads } from './exports/export-threads.js';
import { ExportsHttp } from './exports/exports.http.js';
import { MinutesCsvAndLogPdfHttp } from './exports/minutes-csv-and-log-pdf.http.js';
import { AuditTrailHttp } from './integrity/audit-trail.http.js';
import { AuditTrailService } from './integrity/audit-trail.service.js';
import { auditProjection } from './read/audit.projection.js';
import { AuditQueriesHttp } from './read/audit-queries.http.js';
import { applicationUpcasters } from './schema-evolution/application.upcasters.js';
import { meetingUpcasters } from '@beslutskedjan/board';
import { CaseTimelineHttp } from './timeline/case-timeline.http.js';

/** The audit read models: the global log and the decision and recusal registers. */
export const auditProjections: readonly Projection[] = [auditProjection];
/** Upcasters for older event shapes (the v0 application content fixture); add to the process's upcaster list. */
export const auditUpcasters: readonly Upcaster[] = [...applicationUpcasters, ...meetingUpcasters];

const commandHandlers = [ErasePersonalDataHandler, EraseContactDetailsHandler];
const controllers = [AuditTrailHttp, CaseTimelineHttp, AuditQueriesHttp, ExportsHttp, ErasePersonalDataHttp, EraseContactDetailsHttp];
// Streamed formats added for the auditor's screens (minutes CSV, audit log PDF).
const streamedExports = [MinutesCsvAndLogPdfHttp];

/** Audit of decisions over time (DOMAIN.md §7): tamper evidence, timelines, time travel, exports, erasure. */
@Module({
  controllers: [...controllers, ...streamedExports],
  providers: [...commandHandlers, AuditTrailService, ExportThreads],
  exports: [AuditTrailService, ExportThreads],
})
export class AuditModule {}
