import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import { renderPdf } from '@beslutskedjan/audit/pure';
import type { Minutes } from '../meeting/minutes/minutes.types.js';
import { renderMinutesText } from '../meeting/minutes/render-minutes-text.js';

/** What is frozen with the PDF: the names as they stood on the day, and the hashes that tie it to the log. */
export interface ArchiveRecord {
  meetingId: string;
  attestedOn: string;
  archivedAt: string;
  minutesSha256: string;
  /** The hash of the attestation event, which chains every event of the meeting before it. */
  eventsSha256: string;
  names: Record<string, string>;
}

const dirOf = (dataDir: string, tenant: string) => join(dataDir, 'archive', tenant);
export const archivePaths = (dataDir: string, tenant: string, meetingId: string) => ({
  pdf: join(dirOf(dataDir, tenant), `protokoll-${meetingId}.pdf`),
  record: join(dirOf(dataDir, tenant), `protokoll-${meetingId}.json`),
});

/** The attested minutes as a PDF/A document, with names resolved once, on the day. */
export function archivalPdf(forbundName: string, minutes: Minutes, record: ArchiveRecord): Promise<Buffer> {
  const name = (id: string) => record.names[id] ?? id;
  return renderPdf({ title: `Protokoll ${minutes.label}`, createdAt: record.archivedAt, archival: true }, (w) => {
    w.title(forbundName, `Protokoll, ${minutes.label}`);
    for (const line of renderMinutesText(minutes, name).split('\n').slice(1)) w.paragraph(line === '' ? ' ' : line);
    w.heading('Justering');
    w.paragraph(`Protokollet justerades den ${record.attestedOn}.`);
    w.paragraph(`Kontrollsumma för protokollet (SHA-256): ${record.minutesSha256}`, { muted: true });
    w.paragraph(`Kontrollsumma för händelserna bakom det (SHA-256): ${record.eventsSha256}`, { muted: true });
  });
}

/** Written once: a later run (a replayed reaction, another process) never replaces the frozen document. */
export function writeArchiveOnce(dataDir: string, tenant: string, meetingId: string, pdf: Buffer, record: ArchiveRecord): boolean {
  const paths = archivePaths(dataDir, tenant, meetingId);
  if (existsSync(paths.pdf)) return false;
  mkdirSync(dirOf(dataDir, tenant), { recursive: true });
  try {
    writeFileSync(paths.record, JSON.stringify(record, null, 2), { flag: 'wx' });
    writeFileSync(paths.pdf, pdf, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export function readArchive(dataDir: string, tenant: string, meetingId: string): { pdf: Buffer; record: ArchiveRecord } | null {
  const paths = archivePaths(dataDir, tenant, meetingId);
  if (!existsSync(paths.pdf) || !existsSync(paths.record)) return null;
  return { pdf: readFileSync(paths.pdf), record: JSON.parse(readFileSync(paths.record, 'utf8')) as ArchiveRecord };
}

/** The frozen PDF as a stream from its file (sent as it is read, never whole in memory), or null if none. */
export function openArchivedPdf(dataDir: string, tenant: string, meetingId: string): Readable | null {
  const paths = archivePaths(dataDir, tenant, meetingId);
  if (!existsSync(paths.pdf) || !existsSync(paths.record)) return null;
  return createReadStream(paths.pdf);
}
