import { type ApplicationEvent, applicationDecider, type ExistingApplication } from '@beslutskedjan/application';
import { meetingDecider, type MeetingEvent, generateMinutes, type HeldMeeting } from '@beslutskedjan/board';
import { pdfText, renderFirstPage } from '../testing/pdf-checks.js';
import { parseCsv } from '../testing/rfc4180.js';
import { caseHistory, names } from '../testing/case-history.js';
import { buildCaseTimeline } from '../timeline/build-case-timeline.js';
import { auditLogCsv, AUDIT_LOG_CSV_HEADER } from './audit-log.csv.js';
import { CASE_DOSSIER_CSV_HEADER, caseDossierCsv } from './case-dossier.csv.js';
import type { CaseDossier } from './case-dossier.js';
import { caseDossierPdf } from './case-dossier.pdf.js';
import { toCsv } from './csv.js';
import { minutesPdf, type MinutesDocument } from './minutes.pdf.js';
import { ExportThreads } from './export-threads.js';
import type { AppConfig } from '@beslutskedjan/platform';
import type { Readable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PeopleDirectory } from '@beslutskedjan/people';
import * as app from '@beslutskedjan/application/testing';
import { auditLogPdfStream } from './audit-log.pdf.js';
import { auditProjection } from '../read/audit.projection.js';
import { AUDIT_LOG_TABLE } from '../read/audit.schema.js';
import { namesIn } from '../timeline/load-case-timeline.js';

const history = caseHistory();
const dossier: CaseDossier = {
  state: (history.application as unknown as ApplicationEvent[]).reduce(
    applicationDecider.evolve,
    applicationDecider.initialState(),
  ) as ExistingApplication,
  timeline: buildCaseTimeline(history, names)!,
  nameOf: names,
  printedAt: '2024-04-02T08:00:00.000Z',
};

describe('CSV (RFC 4180, UTF-8 with BOM)', () => {
  it('round-trips commas, quotes, line breaks and Swedish letters', () => {
    const rows = [
      ['Ärende, med komma', 'Citat "så här"', 'Rad ett\r\nrad två', 'åäö ÅÄÖ é', ''],
      ['enkel', 'x', 'y', 'z', 'sista'],
    ];
    const csv = toCsv(['A', 'B', 'C', 'D', 'E'], rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)).toEqual([['A', 'B', 'C', 'D', 'E'], ...rows]);
  });

  it('separates with `;` for Swedish Excel by default, or `,` when asked, quoting whichever is chosen', () => {
    const rows = [['1,5 mnkr', 'a;b']];
    const semicolon = toCsv(['A', 'B'], rows);
    expect(semicolon).toBe('\uFEFFA;B\r\n1,5 mnkr;"a;b"\r\n');
    const comma = toCsv(['A', 'B'], rows, ',');
    expect(comma).toBe('\uFEFFA,B\r\n"1,5 mnkr",a;b\r\n');
    expect(parseCsv(comma, ',')).toEqual([['A', 'B'], ...rows]);
  });

  it('writes numbers as they are and keeps a spreadsheet from running text as a formula', () => {
    const csv = toCsv(
      ['n', 'text'],
      [
        [250000, '=HYPERLINK("http://x")'],
        [null, '@SUM(A1)'],
      ],
    );
    expect(parseCsv(csv)).toEqual([
      ['n', 'text'],
      ['250000', `'=HYPERLINK("http://x")`],
      ['', `'@SUM(A1)`],
    ]);
  });

  it('the case dossier is one row per fact, with dates YYYY-MM-DD and amounts in Swedish style', () => {
    const [header, ...rows] = parseCsv(caseDossierCsv(dossier));
    expect(header).toEqual([...CASE_DOSSIER_CSV_HEADER]);
    expect(rows).toHaveLength(dossier.timeline.entries.length);
    const outcome = rows.find((r) => r[9] === 'OutcomeRecorded')!;
    expect(outcome.slice(0, 9)).toEqual([
      '2026/0042',
      '2024-03-14',
      '2024-03-14T13:05:00.000Z',
      'Beslut efter votering: bifall 250 000 kr',
      'Ärla Ordförande',
      'ordförande',
      'Enligt förslaget, med "citat", komma och\nny rad.',
      '250 000 kr',
      'Riktlinjer ASF (asf version 2)',
    ]);
  });

  it('the audit log names people through the directory', () => {
    const entry = {
      position: '7',
      streamId: 't1/meeting-m',
      revision: 3,
      type: 'RecusalDeclared',
      occurredAt: '2024-03-14T23:30:00.000Z',
      actor: { userId: 'p-m3', role: 'board_member' as const },
      applicationId: 'app-1',
      meetingId: 'm',
      initiativeId: null,
      itemNo: 1,
    };
    const [header, row] = parseCsv(auditLogCsv([entry], names));
    expect(header).toEqual([...AUDIT_LOG_CSV_HEADER]);
    // 23:30 UTC is already the next day in Sweden.
    expect(row).toEqual([
      '7',
      '2024-03-15',
      '2024-03-14T23:30:00.000Z',
      'RecusalDeclared',
      't1/meeting-m',
      '3',
      'p-m3',
      '[raderad person]',
      'ledamot',
      'app-1',
      'm',
      '1',
      '',
    ]);
  });
});

describe('PDF', () => {
  it('the case dossier is a PDF with Swedish text that renders', async () => {
    const pdf = await caseDossierPdf(dossier);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(renderFirstPage(pdf, 'case dossier')?.length ?? 1).toBeGreaterThan(0);
    const text = pdfText(pdf);
    if (text === null) console.warn('SKIPPED: PDF text check: pdftotext not found (apt-get install -y poppler-utils)');
    else
      for (const line of [
        'Ärendeakt 2026/0042',
        'Händelseförlopp',
        'Beslut efter votering: bifall 250 000 kr',
        'Åsa Sökande',
        'Riktlinjer ASF',
      ])
        expect(text).toContain(line);
  });

  it('the minutes are a PDF with names, decision and hash', async () => {
    const meeting = (history.meetings[0]! as unknown as MeetingEvent[]).reduce(
      meetingDecider.evolve,
      meetingDecider.initialState(),
    ) as HeldMeeting;
    const pdf = await minutesPdf(minutesOf(meeting));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(renderFirstPage(pdf, 'minutes')?.length ?? 1).toBeGreaterThan(0);
    const text = pdfText(pdf);
    if (text !== null)
      for (const line of ['Protokoll', 'Närvarande', 'Jäv', 'Ärla Ordförande', '[raderad person]', 'f'.repeat(64)])
        expect(text).toContain(line);
  });
});

function minutesOf(meeting: HeldMeeting): MinutesDocument {
  return {
    minutes: generateMinutes(meeting),
    sha256: 'f'.repeat(64),
    signatures: meeting.status === 'closed' || meeting.status === 'attested' ? meeting.signatures : [],
    attestedOn: null,
    postedOn: null,
    attested: false,
    nameOf: names,
    printedAt: '2024-04-02T08:00:00.000Z',
  };
}

const bytesOf = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe('PDFs laid out on a worker thread', () => {
  const threads = new ExportThreads({ dataDir: '/nonexistent' } as AppConfig);
  afterAll(() => threads.onModuleDestroy());

  it('are the same bytes as made on the event loop: the same names, text and layout', async () => {
    const meeting = (history.meetings[0]! as unknown as MeetingEvent[]).reduce(
      meetingDecider.evolve,
      meetingDecider.initialState(),
    ) as HeldMeeting;
    expect(await bytesOf(threads.minutesPdf(minutesOf(meeting)))).toEqual(await minutesPdf(minutesOf(meeting)));
    expect(await bytesOf(threads.caseDossierPdf(dossier))).toEqual(await caseDossierPdf(dossier));
  });

  it("writes a case's history as CSV there, the same text as made on the event loop, with either delimiter", async () => {
    for (const delimiter of [';', ','] as const) {
      const csv = (await bytesOf(threads.caseDossierCsv(dossier, delimiter))).toString('utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toBe(caseDossierCsv(dossier, delimiter));
    }
    const { entries } = dossier.timeline;
    const long = {
      ...dossier,
      timeline: { ...dossier.timeline, entries: Array.from({ length: 1_234 }, (_, i) => entries[i % entries.length]!) },
    };
    const rows = parseCsv((await bytesOf(threads.caseDossierCsv(long, ';'))).toString('utf8'));
    expect(rows).toHaveLength(1 + 1_234);
    expect(rows.at(-1)).toEqual(parseCsv(caseDossierCsv(long)).at(-1));
  });

  it('refuses exports beyond those already waiting with a 429, and makes the rest', async () => {
    const made: Readable[] = [];
    const refused: number[] = [];
    for (let i = 0; i < ExportThreads.MAX_WAITING + 4; i++) {
      try {
        made.push(threads.caseDossierPdf(dossier));
      } catch (error) {
        refused.push((error as { getStatus(): number }).getStatus());
      }
    }
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set([429]));
    for (const pdf of await Promise.all(made.map(bytesOf))) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});

describe('The audit log as PDF, read and laid out on a worker thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-log-pdf-'));
  const threads = new ExportThreads({ dataDir: dir } as AppConfig);
  const read = new Database(join(dir, 'read.sqlite'));
  const people = new PeopleDirectory(new Database(join(dir, 'people.sqlite')));
  afterAll(async () => {
    await threads.onModuleDestroy();
    read.close();
    people.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeAll(() => {
    auditProjection.init(read);
    const events = [...history.application, ...history.meetings.flat()].sort((a, b) => Number(a.position - b.position));
    for (const event of events) auditProjection.apply(read, event);
    // Copies of the case's rows at later positions: several of the reader's 500-row pages, so several PDF pages.
    for (let k = 1; k <= 40; k++)
      read.exec(`INSERT INTO ${AUDIT_LOG_TABLE} SELECT position + ${k * 1000}, tenant, stream_id, revision, type, occurred_at,
        actor_user_id, actor_role, application_id, meeting_id, initiative_id, item_no FROM ${AUDIT_LOG_TABLE} WHERE position < 1000`);
    people.upsert('t1', app.APPLICANT, { displayName: 'Åsa Sökande' }, '2024-01-01T00:00:00.000Z');
    people.upsert('t1', app.DIRECTOR, { displayName: 'Örjan Förbundschef' }, '2024-01-01T00:00:00.000Z');
    people.erase('t1', 'p-m3', '2024-01-01T00:00:00.000Z');
  });

  const input = (filter: Record<string, unknown>) => ({
    tenant: 't1',
    filter,
    nameOf: namesIn(people, 't1'),
    printedAt: '2024-04-02T08:00:00.000Z',
    forbund: 'Testförbundet',
  });

  it('is the same bytes as laid out on the event loop, for the whole log and for a filter', async () => {
    for (const filter of [{}, { type: 'VoteCast' }]) {
      const onThread = await bytesOf(threads.auditLogPdf(read, input(filter)));
      const onLoop = await bytesOf(auditLogPdfStream({ db: read, ...input(filter) }));
      expect(onThread.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(onThread.equals(onLoop)).toBe(true);
    }
    const text = pdfText(await bytesOf(threads.auditLogPdf(read, input({}))));
    if (text !== null) for (const line of ['Granskningslogg', 'Åsa Sökande', '[raderad person]', 'VoteCast']) expect(text).toContain(line);
  }, 60_000);

  it('refuses more than eight waiting with a 429, and makes the rest', async () => {
    const made: Readable[] = [];
    const refused: number[] = [];
    for (let i = 0; i < ExportThreads.MAX_WAITING + 4; i++) {
      try {
        made.push(threads.auditLogPdf(read, input({ type: 'VoteCast' })));
      } catch (error) {
        refused.push((error as { getStatus(): number }).getStatus());
      }
    }
    expect(new Set(refused)).toEqual(new Set([429]));
    for (const pdf of await Promise.all(made.map(bytesOf))) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});
