import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { archivalPdf, archivePaths, type ArchiveRecord } from '../archive/archived-minutes.js';
import { meetingDecider } from '../meeting/meeting.decider.js';
import type { HeldMeeting } from '../meeting/meeting.state.js';
import { generateMinutes } from '../meeting/minutes/generate-minutes.js';
import {
  CHAIR,
  DIRECTOR,
  FIVE,
  inSession,
  itemClosed,
  itemOpened,
  meetingClosed,
  outcomeRecorded,
  recusal,
} from '../testing/board-fixtures.js';
import { BoardDocumentThreads } from './board-document-threads.js';
import { decisionLetterPdf, meetingNoticePdf, minutesExtractPdf } from './board-documents.js';

const NAMES: Record<string, string> = {
  [CHAIR]: 'Ärla Ordförande',
  'p-m1': 'Åke Ledamot',
  'p-m2': 'Öjvind Ledamot',
  'p-m3': 'Märta Jävig',
  [DIRECTOR]: 'Göran Förbundschef',
};
const nameOf = (id: string) => NAMES[id] ?? id;
const PRINTED_AT = '2024-03-15T08:00:00.000Z';

/** A closed meeting: item 1 approved with p-m3 jävig, item 2 a reported delegated decision. */
const meeting = [
  ...inSession(FIVE),
  itemOpened(1),
  recusal(1, 'p-m3'),
  outcomeRecorded(1),
  itemClosed(1),
  itemOpened(2),
  itemClosed(2),
  meetingClosed(),
].reduce(meetingDecider.evolve, meetingDecider.initialState()) as HeldMeeting;
const minutes = generateMinutes(meeting);
const paragraph = minutes.paragraphs.find((p) => p.itemNo === 1)!;
const recipients = meeting.board.map((s) => s.personId);

const bytesOf = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe("The board's PDFs, laid out on a worker thread", () => {
  const threads = new BoardDocumentThreads();
  afterAll(() => threads.onModuleDestroy());

  it('the kallelse is the same bytes as made on the event loop', async () => {
    const names = Object.fromEntries(recipients.map((id) => [id, nameOf(id)]));
    const onThread = await bytesOf(
      threads.meetingNotice({
        forbundName: 'Samordningsförbundet Exempel',
        meeting,
        recipients,
        names,
        opensAt: '13:00',
        printedAt: PRINTED_AT,
      }),
    );
    const onLoop = await meetingNoticePdf('Samordningsförbundet Exempel', meeting, recipients, nameOf, '13:00', PRINTED_AT);
    expect(onThread.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(onThread.equals(onLoop)).toBe(true);
  });

  it('the protokollsutdrag is the same bytes as made on the event loop', async () => {
    const names = Object.fromEntries(Object.keys(NAMES).map((id) => [id, nameOf(id)]));
    const onThread = await bytesOf(
      threads.minutesExtract({
        forbundName: 'Samordningsförbundet Exempel',
        minutes,
        paragraph,
        attestedOn: '2024-03-20',
        names,
        printedAt: PRINTED_AT,
      }),
    );
    const onLoop = await minutesExtractPdf('Samordningsförbundet Exempel', minutes, paragraph, '2024-03-20', nameOf, PRINTED_AT);
    expect(onThread.equals(onLoop)).toBe(true);
  });

  it('the beslutsmeddelande is the same bytes as made on the event loop', async () => {
    const input = {
      forbundName: 'Samordningsförbundet Exempel',
      meeting,
      paragraph,
      applicant: 'Åsa Sökande, Exempelstads kommun',
      postedOn: '2024-03-21',
      appealEndsOn: '2024-04-11',
      printedAt: PRINTED_AT,
    };
    expect((await bytesOf(threads.decisionLetter(input))).equals(await decisionLetterPdf(input))).toBe(true);
  });

  it('the PDF/A minutes frozen at attestation are written once, byte for byte what the event loop made', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'beslutskedjan-archive-'));
    try {
      const record: ArchiveRecord = {
        meetingId: meeting.meetingId,
        attestedOn: '2024-03-20',
        archivedAt: '2024-03-20T12:00:00.000Z',
        minutesSha256: 'a'.repeat(64),
        eventsSha256: 'b'.repeat(64),
        names: NAMES,
      };
      const task = { dataDir, tenant: 't1', forbundName: 'Samordningsförbundet Exempel', minutes, record };
      expect(await threads.archiveMinutes(task)).toBe(true);
      const written = readFileSync(archivePaths(dataDir, 't1', meeting.meetingId).pdf);
      expect(written.equals(await archivalPdf('Samordningsförbundet Exempel', minutes, record))).toBe(true);
      expect(written.toString('latin1')).toContain('pdfaid:part');
      // A replayed reaction never replaces the frozen document, even with other names.
      expect(await threads.archiveMinutes({ ...task, record: { ...record, names: {} } })).toBe(false);
      expect(readFileSync(archivePaths(dataDir, 't1', meeting.meetingId).pdf).equals(written)).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses documents beyond those already waiting with a 429, and makes the rest', async () => {
    const made: Readable[] = [];
    const refused: number[] = [];
    for (let i = 0; i < BoardDocumentThreads.MAX_WAITING + 4; i++) {
      try {
        made.push(threads.minutesExtract({ forbundName: 'F', minutes, paragraph, attestedOn: null, names: {}, printedAt: PRINTED_AT }));
      } catch (error) {
        refused.push((error as { getStatus(): number }).getStatus());
      }
    }
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set([429]));
    for (const pdf of await Promise.all(made.map(bytesOf))) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
