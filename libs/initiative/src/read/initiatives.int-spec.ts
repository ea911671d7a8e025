import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import { ProjectionRunner } from '@beslutskedjan/projections';
import type { DraftEvent } from '@beslutskedjan/application/testing';
import { initiativeProjections } from './index.js';
import { getInitiative, listInitiatives } from './initiatives.queries.js';
import { dumpInitiativeTables, initiativeRowsPerTenant, initiativesReadModelOf } from './testing-db.js';
import { ANN, BO, followUpStory } from './testing-scenario.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-initiatives-'));
const open: Database.Database[] = [];
afterAll(() => {
  for (const db of open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const demo = followUpStory('demo');
// Another förbund with the same initiative ids and case numbers, and more reports of its own.
const other = followUpStory('other', 'ANNAN ');
const readModel = (drafts: readonly DraftEvent[]) => {
  const db = initiativesReadModelOf(dir, [...other.until('end'), ...drafts]);
  open.push(db);
  return db;
};
const until = (label: string) => readModel(demo.until(label));

describe('initiatives read model', () => {
  it('follows one initiative from funding through reports, a return, a reschedule and a waiver to its closing', () => {
    const expected: Array<[string, Record<string, unknown>, Array<[number, string, string]>]> = [
      [
        'funded',
        { status: 'funded', nextDueDate: '2027-04-01' },
        [
          [1, 'due', '2027-04-01'],
          [2, 'due', '2027-06-01'],
          [3, 'due', '2027-08-30'],
        ],
      ],
      [
        'rescheduled',
        { status: 'funded', nextDueDate: '2027-06-15' },
        [
          [1, 'waived', '2027-04-01'],
          [2, 'due', '2027-06-15'],
          [3, 'due', '2027-08-30'],
        ],
      ],
      [
        'returned',
        { status: 'funded', nextDueDate: '2027-06-30' },
        [
          [1, 'waived', '2027-04-01'],
          [2, 'returned', '2027-06-30'],
          [3, 'due', '2027-08-30'],
        ],
      ],
      [
        'accepted',
        { status: 'funded', nextDueDate: '2027-08-30' },
        [
          [1, 'waived', '2027-04-01'],
          [2, 'accepted', '2027-06-30'],
          [3, 'due', '2027-08-30'],
        ],
      ],
      [
        'end',
        { status: 'closed', closedOn: '2027-08-26', nextDueDate: null },
        [
          [1, 'waived', '2027-04-01'],
          [2, 'accepted', '2027-06-30'],
          [3, 'accepted', '2027-08-30'],
        ],
      ],
    ];
    for (const [label, fields, items] of expected) {
      const detail = getInitiative(until(label), 'demo', 'ini-a');
      expect({ label, ...detail }).toMatchObject({ label, ...fields });
      expect({ label, items: detail?.items.map((i) => [i.n, i.status, i.dueDate]) }).toEqual({ label, items });
    }
  });

  it('shows the plan item by item, and the history with the reports as written', () => {
    const detail = getInitiative(until('end'), 'demo', 'ini-a');
    expect(detail).toMatchObject({
      initiativeId: 'ini-a',
      applicationId: 'ini-a',
      caseNumber: '2026/0001',
      title: 'Arbetsträning på ASF',
      procuringMember: { kind: 'kommun', name: 'Exempelstads kommun' },
      amountSek: 40_000,
      period: { from: '2027-03-01', to: '2027-06-30' },
      decidedByKind: 'delegation',
      fundedOn: '2027-02-15',
      contactUserId: ANN,
    });
    expect(detail?.items).toEqual([
      {
        n: 1,
        kind: 'finsam_registration',
        originalDueDate: '2027-04-01',
        dueDate: '2027-04-01',
        status: 'waived',
        submissions: 0,
        lastSubmittedOn: null,
        reviewedOn: null,
        verdict: null,
        waivedReason: 'Registrerad av kommunen',
      },
      {
        n: 2,
        kind: 'progress_report',
        originalDueDate: '2027-06-01',
        dueDate: '2027-06-30',
        status: 'accepted',
        submissions: 2,
        lastSubmittedOn: '2027-06-20',
        reviewedOn: '2027-06-21',
        verdict: 'accepted',
        waivedReason: null,
      },
      {
        n: 3,
        kind: 'final_report',
        originalDueDate: '2027-08-30',
        dueDate: '2027-08-30',
        status: 'accepted',
        submissions: 1,
        lastSubmittedOn: '2027-08-20',
        reviewedOn: '2027-08-25',
        verdict: 'accepted',
        waivedReason: null,
      },
    ]);
    expect(detail?.history.map((h) => h.type)).toEqual([
      'InitiativeFunded',
      'FollowUpWaived',
      'FollowUpRescheduled',
      'FollowUpReportSubmitted',
      'FollowUpReportReviewed',
      'FollowUpReportSubmitted',
      'FollowUpReportReviewed',
      'FollowUpReportSubmitted',
      'FollowUpReportReviewed',
      'InitiativeClosed',
    ]);
    expect(detail?.history[3]).toMatchObject({
      at: '2027-06-10T09:00:00.000Z',
      actorUserId: ANN,
      summary: { n: 2, submission: 1, text: 'Rapport 2.1', figures: { participants: 6 } },
    });
    expect(detail?.history[4]?.summary).toMatchObject({ verdict: 'returned', comment: 'Kostnader saknas.', newDueDate: '2027-06-30' });
    expect(detail?.history[0]?.summary).not.toHaveProperty('initiativeId');
  });

  it('lists the next due first, filtered by status, due date and contact, and paged', () => {
    const db = until('returned');
    const ids = (filter: Parameters<typeof listInitiatives>[2]) => listInitiatives(db, 'demo', filter).items.map((i) => i.initiativeId);
    expect(listInitiatives(db, 'demo', {})).toMatchObject({
      total: 2,
      items: [
        { initiativeId: 'ini-b', nextDueDate: '2027-05-15' },
        { initiativeId: 'ini-a', nextDueDate: '2027-06-30' },
      ],
    });
    expect(ids({ dueBefore: '2027-06-01' })).toEqual(['ini-b']);
    expect(ids({ dueBefore: '2027-05-15' })).toEqual([]);
    expect(ids({ contactUserId: ANN })).toEqual(['ini-a']);
    expect(ids({ contactUserId: BO, status: 'funded' })).toEqual(['ini-b']);
    expect(ids({ status: 'closed' })).toEqual([]);
    expect(listInitiatives(db, 'demo', { limit: 1, offset: 1 })).toMatchObject({ total: 2, items: [{ initiativeId: 'ini-a' }] });

    const end = until('end');
    expect(listInitiatives(end, 'demo', { status: 'closed' }).items.map((i) => i.initiativeId)).toEqual(['ini-a']);
    expect(listInitiatives(end, 'demo', {}).items.map((i) => i.nextDueDate)).toEqual(['2027-05-15', null]);
  });

  it('never shows another förbund: same ids, separate rows', () => {
    const db = until('funded');
    expect(initiativeRowsPerTenant(db)).toEqual({
      initiatives: { demo: 2, other: 2 },
      follow_up_items: { demo: 5, other: 5 },
      follow_up_history: { demo: 2, other: 11 },
    });
    expect(listInitiatives(db, 'demo', {}).items.map((i) => i.title)).toEqual(['Arbetsträning på ASF', 'Handledare']);
    expect(getInitiative(db, 'demo', 'ini-a')).toMatchObject({
      status: 'funded',
      title: 'Arbetsträning på ASF',
      history: [expect.anything()],
    });
    expect(getInitiative(db, 'other', 'ini-a')).toMatchObject({ status: 'closed', title: 'ANNAN Arbetsträning på ASF' });
    expect(getInitiative(db, 'demo', 'ini-x')).toBeNull();
    expect(getInitiative(db, 'third', 'ini-a')).toBeNull();
    expect(listInitiatives(db, 'third', {})).toEqual({ total: 0, items: [] });
  });

  it('ignores follow-up events of an initiative it never saw funded', () => {
    const orphan = followUpStory('demo').drafts.filter((d) => d.type !== 'InitiativeFunded');
    const db = readModel(orphan);
    expect(initiativeRowsPerTenant(db).follow_up_history).toEqual({ other: 11 });
  });

  it('rebuilds to identical tables, directly and through the runner from the event store', async () => {
    const history = [...other.until('end'), ...demo.until('end')];
    const first = readModel(demo.until('end'));
    const second = readModel(demo.until('end'));
    expect(dumpInitiativeTables(second)).toEqual(dumpInitiativeTables(first));

    const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    for (const [i, d] of history.entries()) {
      const metadata = { tenant: d.tenant, actor: d.actor, correlationId: `c-${i}`, causationId: null, occurredAt: d.at, schemaVersion: 1 };
      await store.append(d.streamId, [{ eventId: `e-${i}`, type: d.type, data: d.data, metadata }], 'any');
    }
    const build = async (file: string) => {
      const db = new Database(join(dir, file));
      open.push(db);
      await new ProjectionRunner(store, db, initiativeProjections).catchUp();
      return db;
    };
    const a = await build('runner-a.sqlite');
    const b = await build('runner-b.sqlite');
    expect(dumpInitiativeTables(b)).toEqual(dumpInitiativeTables(a));
    expect(dumpInitiativeTables(a)).toEqual(dumpInitiativeTables(first));
    await store.close();
  });
});
