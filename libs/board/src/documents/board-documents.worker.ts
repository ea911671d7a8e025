import { nameOfIn, type Names } from '@beslutskedjan/audit/pure';
import { archivalPdf, writeArchiveOnce, type ArchiveRecord } from '../archive/archived-minutes.js';
import type { Minutes, MinutesParagraph } from '../meeting/minutes/minutes.types.js';
import type { MeetingState } from '../meeting/meeting.state.js';
import { decisionLetterPdf, meetingNoticePdf, minutesExtractPdf, type DecisionLetterInput } from './board-documents.js';

/**
 * The board's documents, thread side (run through ThreadTasks from BoardDocumentThreads): pdfkit lays out
 * synchronously, so the kallelse, extracts, decision letters and the frozen PDF/A minutes are made here and
 * the event loop only passes the bytes on. Imports stay relative (a thread under jest resolves no lib names).
 */
type Emit = (chunk: Uint8Array) => Promise<void>;

/** A finished PDF leaves in slices of this size, each when the reader wants it. */
const SLICE = 64 * 1024;

async function send(pdf: Buffer, emit: Emit): Promise<void> {
  for (let at = 0; at < pdf.length; at += SLICE) await emit(pdf.subarray(at, at + SLICE));
}

export interface MeetingNoticeTask {
  forbundName: string;
  meeting: Exclude<MeetingState, { status: 'none' }>;
  recipients: string[];
  names: Names;
  opensAt: string;
  printedAt: string;
}

export async function meetingNotice(task: MeetingNoticeTask, emit: Emit): Promise<void> {
  const { forbundName, meeting, recipients, names, opensAt, printedAt } = task;
  await send(await meetingNoticePdf(forbundName, meeting, recipients, nameOfIn(names), opensAt, printedAt), emit);
}

export interface MinutesExtractTask {
  forbundName: string;
  minutes: Minutes;
  paragraph: MinutesParagraph;
  attestedOn: string | null;
  names: Names;
  printedAt: string;
}

export async function minutesExtract(task: MinutesExtractTask, emit: Emit): Promise<void> {
  const { forbundName, minutes, paragraph, attestedOn, names, printedAt } = task;
  await send(await minutesExtractPdf(forbundName, minutes, paragraph, attestedOn, nameOfIn(names), printedAt), emit);
}

export async function decisionLetter(task: DecisionLetterInput, emit: Emit): Promise<void> {
  await send(await decisionLetterPdf(task), emit);
}

export interface ArchiveMinutesTask {
  dataDir: string;
  tenant: string;
  forbundName: string;
  minutes: Minutes;
  record: ArchiveRecord;
}

/** Lays out the PDF/A minutes and writes them once, with their record; true when this call wrote them. */
export async function archiveMinutes(task: ArchiveMinutesTask): Promise<boolean> {
  const pdf = await archivalPdf(task.forbundName, task.minutes, task.record);
  return writeArchiveOnce(task.dataDir, task.tenant, task.record.meetingId, pdf, task.record);
}
