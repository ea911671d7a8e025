import Database from 'better-sqlite3';
import type { AuditLogFilter } from '../read/audit-log.queries.js';
import type { NameOf } from '../timeline/case-timeline.types.js';
import { auditLogCsvChunks } from './audit-log.csv.js';
import { auditLogPdfStream } from './audit-log.pdf.js';
import { caseDossierCsvChunks } from './case-dossier.csv.js';
import { caseDossierPdf } from './case-dossier.pdf.js';
import type { CaseDossier } from './case-dossier.js';
import type { CaseTimeline } from '../timeline/case-timeline.types.js';
import type { CsvDelimiter } from './csv.js';
import { minutesPdf, type MinutesDocument } from './minutes.pdf.js';
import { nameOfIn, type Names } from './names-for.js';

/**
 * Exports' thread side (run through ThreadTasks from ExportThreads): whole-log CSVs are read and written here,
 * through read-only connections to the read models and the people directory, and PDFs are laid out here,
 * so the API's event loop only passes the bytes on. Connections are kept between tasks, one per file.
 */
type Emit = (chunk: Uint8Array) => Promise<void>;

export type { Names } from './names-for.js';

export interface AuditLogCsvTask {
  readDbFile: string;
  peopleFile: string;
  tenant: string;
  filter: AuditLogFilter;
  delimiter: CsvDelimiter;
}

const connections = new Map<string, Database.Database>();

function readOnly(file: string): Database.Database {
  let db = connections.get(file);
  if (!db || !db.open) {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 10000');
    connections.set(file, db);
  }
  return db;
}

/**
 * PeopleDirectory.nameOf over a read-only connection, remembered for one export (a log names the same few
 * people thousands of times). Kept in step with people-directory.ts and namesIn (load-case-timeline.ts).
 */
function directoryNames(peopleFile: string, tenant: string): NameOf {
  const get = readOnly(peopleFile).prepare<[string, string], { display_name: string | null; erased_at: string | null }>(
    'SELECT display_name, erased_at FROM people WHERE tenant = ? AND user_id = ?',
  );
  const seen = new Map<string, string>();
  return (userId) => {
    if (userId === 'system') return 'Systemet';
    let name = seen.get(userId);
    if (name === undefined) {
      const row = get.get(tenant, userId);
      name = row?.erased_at ? '[raderad person]' : (row?.display_name ?? userId);
      seen.set(userId, name);
    }
    return name;
  };
}

/** Pages are gathered into chunks of about this size: each chunk crossing threads costs the loop a message. */
const CSV_CHUNK = 256 * 1024;

/** Sends CSV pages gathered into chunks of about CSV_CHUNK, each when the reader wants it. */
async function sendCsv(pages: Iterable<string>, emit: Emit): Promise<void> {
  let pending: string[] = [];
  let size = 0;
  for (const page of pages) {
    pending.push(page);
    size += page.length;
    if (size < CSV_CHUNK) continue;
    await emit(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    size = 0;
  }
  if (pending.length > 0) await emit(Buffer.from(pending.join(''), 'utf8'));
}

export async function auditLogCsv(task: AuditLogCsvTask, emit: Emit): Promise<void> {
  const names = directoryNames(task.peopleFile, task.tenant);
  await sendCsv(auditLogCsvChunks(readOnly(task.readDbFile), task.tenant, task.filter, names, task.delimiter), emit);
}

export interface CaseDossierCsvTask {
  timeline: Pick<CaseTimeline, 'caseNumber' | 'entries'>;
  delimiter: CsvDelimiter;
}

/** One case's history as CSV: the timeline (names already resolved) is written out here, not on the loop. */
export async function caseDossierCsvTask(task: CaseDossierCsvTask, emit: Emit): Promise<void> {
  await sendCsv(caseDossierCsvChunks(task.timeline, task.delimiter), emit);
}

/** A finished PDF leaves in slices of this size, each when the reader wants it. */
const SLICE = 64 * 1024;

async function sendPdf(pdf: Buffer, emit: Emit): Promise<void> {
  for (let at = 0; at < pdf.length; at += SLICE) await emit(pdf.subarray(at, at + SLICE));
}

export async function caseDossierPdfTask(task: { dossier: Omit<CaseDossier, 'nameOf'>; names: Names }, emit: Emit): Promise<void> {
  await sendPdf(await caseDossierPdf({ ...task.dossier, nameOf: nameOfIn(task.names) }), emit);
}

export async function minutesPdfTask(task: { doc: Omit<MinutesDocument, 'nameOf'>; names: Names }, emit: Emit): Promise<void> {
  await sendPdf(await minutesPdf({ ...task.doc, nameOf: nameOfIn(task.names) }), emit);
}

export interface AuditLogPdfTask {
  readDbFile: string;
  peopleFile: string;
  tenant: string;
  filter: AuditLogFilter;
  printedAt: string;
  forbund: string;
}

/**
 * The whole audit log as a PDF, read and laid out here: pdfkit's many small writes are gathered into
 * slices, each sent when the reader wants it, so a long log crosses as a stream, never as one buffer.
 * A reader that goes away makes emit throw, which ends the loop and with it the document.
 */
export async function auditLogPdfTask(task: AuditLogPdfTask, emit: Emit): Promise<void> {
  const doc = auditLogPdfStream({
    db: readOnly(task.readDbFile),
    tenant: task.tenant,
    filter: task.filter,
    nameOf: directoryNames(task.peopleFile, task.tenant),
    printedAt: task.printedAt,
    forbund: task.forbund,
  });
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of doc as AsyncIterable<Buffer>) {
    pending.push(chunk);
    size += chunk.length;
    if (size < SLICE) continue;
    await emit(Buffer.concat(pending));
    pending = [];
    size = 0;
  }
  if (pending.length > 0) await emit(Buffer.concat(pending));
}
