import { once } from 'node:events';
import type Database from 'better-sqlite3';
import PDFDocument from 'pdfkit';
import { listAuditLog, MAX_AUDIT_LOG_LIMIT, type AuditLogEntry, type AuditLogFilter } from '../read/audit-log.queries.js';
import type { NameOf } from '../timeline/case-timeline.types.js';
import { swedishDateOf } from '@beslutskedjan/policy/pure';
import { PdfWriter } from './pdf-document.js';
import { ROLE_TEXT } from './swedish-labels.js';

/** Bytes the PDF may hold unread before writing waits for the client (backpressure). */
const HIGH_WATER = 1 << 20;

export interface AuditLogPdfInput {
  db: Database.Database;
  tenant: string;
  filter: AuditLogFilter;
  nameOf: NameOf;
  /** The request's clock: the document's date. */
  printedAt: string;
  /** The förbund's name, for the title. */
  forbund: string;
}

const concerns = (e: AuditLogEntry): string =>
  [
    e.applicationId ? `ansökan ${e.applicationId}` : null,
    e.meetingId ? `sammanträde ${e.meetingId}${e.itemNo === null ? '' : ` § ${e.itemNo}`}` : null,
    e.initiativeId ? `insats ${e.initiativeId}` : null,
  ]
    .filter((x) => x !== null)
    .join(', ');

function line(w: PdfWriter, e: AuditLogEntry, nameOf: NameOf): void {
  const day = swedishDateOf(e.occurredAt) ?? e.occurredAt.slice(0, 10);
  const what = concerns(e);
  w.doc
    .font(w.fonts.bold)
    .text(`${e.position}  ${day}  ${e.type}`, { continued: true })
    .font(w.fonts.regular)
    .text(`  ${nameOf(e.actor.userId)} (${ROLE_TEXT[e.actor.role]}), ${e.occurredAt}${what ? `; ${what}` : ''}`, { paragraphGap: 2 });
}

/**
 * The audit log as a PDF that is sent while it is written: pdfkit's document is itself a readable
 * stream, the read model is read one page (500 events) at a time, and between pages the loop gives
 * the event loop back and waits while the client has not read what was already written. A whole
 * förbund's log is thus never one buffer, and a closed connection stops the reading.
 */
export function auditLogPdfStream(input: AuditLogPdfInput): PDFKit.PDFDocument {
  const title = `Granskningslogg ${input.forbund}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: title, Creator: 'Beslutskedjan', CreationDate: new Date(input.printedAt) },
  });
  const w = new PdfWriter(doc);
  let page = 1;
  const footer = () => {
    const { x, y } = doc;
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(w.fonts.regular).fontSize(8).fillColor('#555555');
    doc.text(`${title} – sida ${page}`, doc.page.margins.left, doc.page.height - margin + 16, { lineBreak: false });
    doc.fillColor('black').fontSize(8);
    doc.page.margins.bottom = margin;
    doc.x = x;
    doc.y = y;
  };
  doc.on('pageAdded', () => {
    page += 1;
    footer();
  });

  const write = async () => {
    const { cursor: _cursor, offset: _offset, limit: _limit, ...rest } = input.filter;
    w.title('Granskningslogg', input.forbund);
    w.field('Utskriven', input.printedAt);
    footer();
    let cursor: string | undefined;
    let total = 0;
    for (;;) {
      const result = listAuditLog(input.db, input.tenant, {
        ...rest,
        limit: MAX_AUDIT_LOG_LIMIT,
        ...(cursor === undefined ? {} : { cursor }),
      });
      if (cursor === undefined) {
        w.field('Antal händelser', String(result.total));
        doc.moveDown(0.5).fontSize(8);
      }
      for (const e of result.items) line(w, e, input.nameOf);
      total += result.items.length;
      if (result.nextCursor === null) break;
      cursor = result.nextCursor;
      await new Promise((resolve) => setImmediate(resolve));
      while (doc.readableLength > HIGH_WATER && !doc.destroyed) await Promise.race([once(doc, 'data'), once(doc, 'close')]);
      if (doc.destroyed) return;
    }
    if (total === 0) w.paragraph('Inga händelser matchar urvalet.');
    doc.end();
  };
  // Started after the caller has had the stream (and attached its consumer).
  setImmediate(() => void write().catch((error: unknown) => doc.destroy(error as Error)));
  return doc;
}
