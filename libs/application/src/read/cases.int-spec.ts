import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { OutcomeRecorded } from '@beslutskedjan/board';
import { getCaseDetail, listCases } from './cases.queries.js';
import { type DraftEvent, Story, as, terms } from './testing-fixtures.js';
import { demoStory, MEETING } from './testing-scenario.js';
import { readModelOf, rowsPerTenant } from './testing-db.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-cases-'));
const open: Database.Database[] = [];
afterAll(() => {
  for (const db of open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const demo = demoStory('demo');
// Another förbund with the same ids and case numbers, half-way through its own year.
const other = demoStory('other', 'ANNAN ');
const readModel = (drafts: readonly DraftEvent[]) => {
  const db = readModelOf(dir, [...other.until('chair-voted'), ...drafts]);
  open.push(db);
  return db;
};
const until = (label: string) => readModel(demo.until(label));
const statusOf = (db: Database.Database, applicationId: string) => getCaseDetail(db, 'demo', applicationId);

describe('cases read model', () => {
  it('follows one case through the whole approval chain', () => {
    const expected: Array<[string, string, Partial<NonNullable<ReturnType<typeof statusOf>>>]> = [
      ['submitted', 'submitted', { revision: 1, preparer: null, screeningBlocking: false }],
      ['taken', 'in_preparation', { preparer: 'u-dir' }],
      ['supplement-requested', 'awaiting_supplement', { statusSince: '2026-02-04T09:00:00.000Z' }],
      ['revised', 'in_preparation', { revision: 2, budgetTotalSek: 180_000, statusSince: '2026-02-10T09:00:00.000Z' }],
      ['recommended', 'recommended', { recommendation: 'approve', recommendedAmountSek: 180_000 }],
      ['on-agenda', 'on_agenda', { meetingId: MEETING, itemNo: 1 }],
      ['votes-cast', 'on_agenda', { decision: null }],
      ['outcome', 'decided_pending_attestation', { decision: null, meetingId: MEETING }],
      ['attested', 'decided_pending_attestation', { decision: null }],
      ['took-effect', 'approved', { decision: 'approved', decidedByKind: 'board', decidedOn: '2026-03-12', meetingId: MEETING }],
    ];
    for (const [label, status, fields] of expected) {
      expect({ label, ...statusOf(until(label), 'app-1') }).toMatchObject({ label, status, ...fields });
    }
  });

  it('decides under delegation, reports it to the board without changing it, and withdraws', () => {
    const db = until('end');
    expect(statusOf(db, 'app-2')).toMatchObject({
      status: 'approved',
      decision: 'approved',
      decidedByKind: 'delegation',
      decidedOn: '2026-02-13',
      preparer: 'u-dir2',
      meetingId: null,
    });
    expect(getCaseDetail(db, 'demo', 'app-2')?.decisionDetail).toMatchObject({
      by: { kind: 'delegation', userId: 'u-dir' },
      amountSek: 40_000,
    });
    expect(getCaseDetail(db, 'demo', 'app-2')?.history.map((h) => h.type)).toContain('AgendaItemAdded');
    expect(getCaseDetail(db, 'demo', 'app-3')).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Dubblett',
      decision: null,
      decisionDetail: null,
    });
  });

  it('filters the list by status, member, meeting and year, ordered by case number', () => {
    const db = until('end');
    const numbers = (filter: Parameters<typeof listCases>[2]) => listCases(db, 'demo', filter).items.map((c) => c.caseNumber);
    expect(listCases(db, 'demo', {})).toMatchObject({ total: 4 });
    expect(numbers({})).toEqual(['2025/0017', '2026/0001', '2026/0002', '2026/0003']);
    expect(numbers({ status: 'approved' })).toEqual(['2026/0001', '2026/0002']);
    expect(numbers({ status: ['submitted', 'withdrawn'] })).toEqual(['2025/0017', '2026/0003']);
    expect(numbers({ member: 'region' })).toEqual(['2026/0002']);
    expect(numbers({ member: 'Exempelstads kommun' })).toEqual(['2025/0017', '2026/0001']);
    expect(numbers({ member: 'arbetsformedlingen' })).toEqual(['2026/0003']);
    expect(numbers({ meetingId: MEETING })).toEqual(['2026/0001', '2026/0002']);
    expect(numbers({ meetingId: 'm-2026-06' })).toEqual([]);
    expect(numbers({ year: 2025 })).toEqual(['2025/0017']);
    expect(numbers({ submittedBy: 'u-app1' })).toEqual(['2025/0017', '2026/0001']);
    expect(numbers({ year: 2026, status: 'approved', member: 'kommun' })).toEqual(['2026/0001']);
    expect(listCases(db, 'demo', { limit: 2, offset: 1 })).toMatchObject({
      total: 4,
      items: [{ caseNumber: '2026/0001' }, { caseNumber: '2026/0002' }],
    });
  });

  it('never shows another tenant rows', () => {
    const db = until('end');
    expect(listCases(db, 'demo').items.some((c) => c.title.startsWith('ANNAN'))).toBe(false);
    expect(listCases(db, 'other').items.every((c) => c.title.startsWith('ANNAN'))).toBe(true);
    expect(statusOf(db, 'app-1')?.title).toBe('Handledare vid ASF Verkstaden');
    expect(getCaseDetail(db, 'other', 'app-1')).toMatchObject({ status: 'on_agenda', title: 'ANNAN Handledare vid ASF Verkstaden' });
    expect(getCaseDetail(db, 'nobody', 'app-1')).toBeNull();
    expect(listCases(db, 'nobody')).toEqual({ total: 0, items: [] });
    expect(rowsPerTenant(db).case_history).toEqual({ demo: expect.any(Number), other: expect.any(Number) });
  });

  it('shows the case detail: content, revisions, screenings, supplements, recommendations, decision, history', () => {
    const detail = getCaseDetail(until('end'), 'demo', 'app-1')!;
    expect(detail.content.budget).toEqual([{ year: 2026, amountSek: 180_000 }]);
    expect(detail.revisions.map((r) => [r.revision, r.by, r.inResponseTo, r.content.budget.length])).toEqual([
      [1, 'u-app1', null, 2],
      [2, 'u-app1', 'req-1', 1],
    ]);
    expect(detail.screenings.map((s) => [s.applicationRevision, s.blocking, s.findings.map((f) => f.ruleId)])).toEqual([
      [1, false, ['budget-spread']],
      [2, false, []],
    ]);
    expect(detail.screenings[0]?.findings[0]?.message.sv).toBe('Budgeten spänner över två år.');
    expect(detail.supplements).toEqual([
      {
        requestId: 'req-1',
        question: 'Bifoga IOP-avtalet.',
        dueDate: '2026-02-18',
        requestedBy: 'u-dir',
        requestedAt: '2026-02-04T09:00:00.000Z',
        answeredByRevision: 2,
      },
    ]);
    expect(detail.recommendations).toMatchObject([
      { seq: 1, recommendation: 'approve', basedOnRevision: 2, by: 'u-dir', terms: { amountSek: 180_000 } },
    ]);
    expect(detail.decisionDetail).toMatchObject({
      outcome: 'approved',
      by: { kind: 'board', meetingId: MEETING, itemNo: 1, meetingDate: '2026-03-12' },
      decidedOn: '2026-03-12',
      amountSek: 180_000,
    });
    expect(detail.history.map((h) => h.type)).toEqual([
      'ApplicationSubmitted',
      'ApplicationScreened',
      'CaseTaken',
      'SupplementRequested',
      'ApplicationRevised',
      'ApplicationScreened',
      'RecommendationMade',
      'AgendaItemAdded',
      'AgendaItemOpened',
      'RecusalDeclared',
      'VoteCast',
      'VoteCast',
      'VoteCast',
      'OutcomeRecorded',
      'AgendaItemClosed',
      'MinutesAttestationCompleted',
      'BoardDecisionTookEffect',
    ]);
    const positions = detail.history.map((h) => BigInt(h.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(detail.history[9]).toMatchObject({ actor: { userId: 'u-m2', role: 'board_member' }, summary: { personId: 'u-m2', itemNo: 1 } });
    expect(detail.updatedAt).toBe('2026-03-17T09:02:00.000Z');
  });
});

describe('cases read model: återremiss and bordläggning', () => {
  const chair = as('u-chair', 'chair');
  const system = as('system', 'system');
  const decidedAs = (outcome: 'tabled' | 'referred_back', then: (s: Story) => void = () => {}) => {
    const s = new Story('demo');
    const [recorded] = demo.until('outcome').slice(-1) as [DraftEvent];
    const data = { ...(recorded.data as OutcomeRecorded['data']), outcome, terms: null };
    s.meeting({ type: 'OutcomeRecorded', data }, recorded.at, chair).mark('outcome');
    s.meeting({ type: 'BoardMeetingClosed', data: { meetingId: MEETING, closedBy: 'u-chair' } }, '2026-03-12T14:00:00.000Z', chair);
    then(s);
    s.application(
      {
        type: 'BoardDecisionTookEffect',
        data: {
          applicationId: 'app-1',
          meetingId: MEETING,
          itemNo: 1,
          outcome,
          terms: null,
          motivation: null,
          meetingDate: '2026-03-12',
          attestedOn: '2026-03-17',
        },
      },
      '2026-03-17T09:02:00.000Z',
      system,
    );
    return [...demo.until('votes-cast'), ...s.mark('end').until('end')];
  };
  const nextAgenda = (s: Story) =>
    s.meeting(
      {
        type: 'AgendaItemAdded',
        data: {
          meetingId: 'm-2026-06',
          itemNo: 1,
          kind: 'decision',
          case: {
            applicationId: 'app-1',
            caseNumber: '2026/0001',
            title: 'x',
            preparedBy: 'u-dir',
            recommendation: 'approve',
            motivation: 'm',
            terms: terms(1),
          },
          addedBy: 'u-dir',
        },
      },
      '2026-03-14T09:00:00.000Z',
      as('u-dir', 'director'),
    );

  it('keeps a tabled case on the agenda until the minutes stand, then it waits as recommended', () => {
    const history = decidedAs('tabled');
    expect(statusOf(readModel(history.slice(0, -1)), 'app-1')).toMatchObject({ status: 'on_agenda', decision: null });
    expect(statusOf(readModel(history), 'app-1')).toMatchObject({ status: 'recommended', decision: null, meetingId: MEETING });
  });

  it('leaves a tabled case on the later agenda it was already added to', () => {
    expect(statusOf(readModel(decidedAs('tabled', nextAgenda)), 'app-1')).toMatchObject({
      status: 'on_agenda',
      meetingId: 'm-2026-06',
      itemNo: 1,
    });
  });

  it('sends a referred-back case back to preparation', () => {
    const db = readModel(decidedAs('referred_back'));
    expect(statusOf(db, 'app-1')).toMatchObject({
      status: 'in_preparation',
      preparer: 'u-dir',
      decision: null,
      statusSince: '2026-03-17T09:02:00.000Z',
    });
  });
});
