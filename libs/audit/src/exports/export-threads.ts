import { HttpException, HttpStatus, Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type AppConfig, ThreadTasks, APP_CONFIG } from '@beslutskedjan/platform';
import type { AuditLogFilter } from '../read/audit-log.queries.js';
import type { NameOf } from '../timeline/case-timeline.types.js';
import { auditLogCsvChunks } from './audit-log.csv.js';
import { auditLogPdfStream } from './audit-log.pdf.js';
import type { CaseDossier } from './case-dossier.js';
import type { CsvDelimiter } from './csv.js';
import type { MinutesDocument } from './minutes.pdf.js';
import type { AuditLogCsvTask, AuditLogPdfTask, CaseDossierCsvTask } from './exports.worker.js';
import { namesFor } from './names-for.js';

/**
 * Exports as streams made off the event loop: the audit log's CSV is read and written on a worker thread,
 * and PDFs are laid out there (pdfkit is synchronous: a dossier with a long history held the loop for tens
 * of milliseconds). The bytes come back chunk by chunk, each when the response can take it. Read models in
 * memory (some tests) have no file a thread could open: those are made here, as before.
 *
 * For new exports: add a task to exports.worker.ts and a method here.
 */
@Injectable()
export class ExportThreads implements OnModuleDestroy {
  private readonly threads = new ThreadTasks(new URL('./exports.worker.js', import.meta.url));

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * More exports than this waiting for a thread: the next is refused with 429 (try again shortly) rather
   * than queued for longer than a client waits, where it would cost a thread's time for nobody.
   */
  static readonly MAX_WAITING = 8;

  private admit(): void {
    if (this.threads.waiting >= ExportThreads.MAX_WAITING) {
      throw new HttpException('Many exports are being made right now; try again in a few seconds', HttpStatus.TOO_MANY_REQUESTS);
    }
  }

  auditLogCsv(db: Database.Database, tenant: string, filter: AuditLogFilter, nameOf: NameOf, delimiter: CsvDelimiter): Readable {
    if (db.memory) return Readable.from(auditLogCsvChunks(db, tenant, filter, nameOf, delimiter), { objectMode: false });
    this.admit();
    const task: AuditLogCsvTask = {
      readDbFile: db.name,
      peopleFile: join(this.config.dataDir, 'people.sqlite'),
      tenant,
      filter,
      delimiter,
    };
    return this.threads.stream('auditLogCsv', task);
  }

  /**
   * The audit log as PDF, read and laid out on a thread (like the CSV, the thread names people from the
   * directory's file itself: gathering a whole log's names here would mean reading the log on the loop).
   */
  auditLogPdf(
    db: Database.Database,
    input: { tenant: string; filter: AuditLogFilter; nameOf: NameOf; printedAt: string; forbund: string },
  ): Readable {
    if (db.memory) return auditLogPdfStream({ db, ...input });
    this.admit();
    const { nameOf: _nameOf, ...rest } = input;
    const task: AuditLogPdfTask = { readDbFile: db.name, peopleFile: join(this.config.dataDir, 'people.sqlite'), ...rest };
    return this.threads.stream('auditLogPdfTask', task);
  }

  /** The timeline's entries carry names already, so only they cross to the thread. */
  caseDossierCsv(dossier: CaseDossier, delimiter: CsvDelimiter): Readable {
    this.admit();
    const { caseNumber, entries } = dossier.timeline;
    const task: CaseDossierCsvTask = { timeline: { caseNumber, entries }, delimiter };
    return this.threads.stream('caseDossierCsvTask', task);
  }

  caseDossierPdf(dossier: CaseDossier): Readable {
    this.admit();
    const { nameOf, ...rest } = dossier;
    return this.threads.stream('caseDossierPdfTask', { dossier: rest, names: namesFor(rest, nameOf) });
  }

  minutesPdf(doc: MinutesDocument): Readable {
    this.admit();
    const { nameOf, ...rest } = doc;
    return this.threads.stream('minutesPdfTask', { doc: rest, names: namesFor(rest, nameOf) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.threads.close();
  }
}
