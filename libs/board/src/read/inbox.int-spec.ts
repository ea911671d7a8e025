import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { AgendaItemAdded } from '../meeting/meeting.events.js';
import { type DraftEvent, readModelOf, demoStory, MEETING } from '@beslutskedjan/application/testing';
import { addDays, type InboxItem, type InboxPrincipal, inboxFor } from './inbox.queries.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-inbox-'));
const dbs = new Map<string, Database.Database>();
afterAll(() => {
  for (const db of dbs.values()) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const demo = demoStory('demo');
// The other förbund has the same people and ids, with its meeting open and cases waiting: none of it may leak.
const other = demoStory('other', 'ANNAN ').until('item-opened');
const at = (label: string, drafts: readonly DraftEvent[] = demo.until(label)) => {
  let db = dbs.get(label);
  if (db === undefined) dbs.set(label, (db = readModelOf(dir, [...other, ...drafts])));
  return db;
};

const director: InboxPrincipal = { userId: 'u-dir', roles: ['director'] };
const officer: InboxPrincipal = { userId: 'u-dir2', roles: ['director'] };
const chair: InboxPrincipal = { userId: 'u-chair', roles: ['board_member', 'chair'] };
const member = (userId: string): InboxPrincipal => ({ userId, roles: ['board_member'] });
const applicant: InboxPrincipal = { userId: 'u-app1', roles: ['applicant'] };

function inbox(label: string, who: InboxPrincipal, today = '2026-01-01'): InboxItem[] {
  const { items } = inboxFor(at(label), 'demo', who, today);
  expect(items.filter((i) => i.title.sv.includes('ANNAN') || i.title.en.includes('ANNAN'))).toEqual([]);
  return items;
}
const kinds = (items: InboxItem[], about: string) =>
  items.filter((i) => i.applicationId === about || i.meetingId === about).map((i) => i.kind);

describe('inbox', () => {
  it('gives every director a new case to prepare until someone takes it', () => {
    const [item] = inbox('submitted', director).filter((i) => i.applicationId === 'app-1');
    expect(item).toEqual({
      kind: 'case_to_prepare',
      title: {
        sv: 'Nytt ärende att bereda: 2026/0001 Handledare vid ASF Verkstaden',
        en: 'New case to prepare: 2026/0001 Handledare vid ASF Verkstaden',
      },
      applicationId: 'app-1',
      caseNumber: '2026/0001',
      since: '2026-02-02T09:00:00.000Z',
    });
    expect(kinds(inbox('submitted', officer), 'app-1')).toEqual(['case_to_prepare']);
    expect(inbox('submitted', chair)).toEqual([]);
    expect(inbox('submitted', applicant)).toEqual([]);
    expect(kinds(inbox('taken', officer), 'app-1')).toEqual([]);
  });

  it('follows the preparer through preparation, supplement and recommendation', () => {
    expect(kinds(inbox('taken', director), 'app-1')).toEqual(['case_in_preparation']);
    const [waiting] = inbox('supplement-requested', director).filter((i) => i.applicationId === 'app-1');
    expect(waiting).toMatchObject({ kind: 'supplement_pending', since: '2026-02-04T09:00:00.000Z' });
    expect(waiting?.title.sv).toBe('Väntar på komplettering: 2026/0001 Handledare vid ASF Verkstaden (senast 2026-02-18)');
    const [answered] = inbox('revised', director).filter((i) => i.applicationId === 'app-1');
    expect(answered).toMatchObject({ kind: 'supplement_received', since: '2026-02-10T09:00:00.000Z' });
    expect(answered?.title.en).toBe('Supplement received: 2026/0001 Handledare vid ASF Verkstaden');
    expect(kinds(inbox('recommended', director), 'app-1')).toEqual(['case_ready_for_agenda']);
    expect(kinds(inbox('recommended', officer), 'app-1')).toEqual([]);
    expect(kinds(inbox('on-agenda', director), 'app-1')).toEqual([]);
    // The delegated and the withdrawn case wait for nobody; the 2025 case still waits for a preparer.
    expect(inbox('end', director).map((i) => [i.kind, i.caseNumber])).toEqual([['case_to_prepare', '2025/0017']]);
  });

  it('announces meetings in the next 14 days to the board', () => {
    expect(kinds(inbox('scheduled', member('u-m1'), '2026-03-01'), MEETING)).toEqual(['meeting_upcoming']);
    expect(kinds(inbox('scheduled', chair, '2026-02-26'), MEETING)).toEqual(['meeting_upcoming']);
    expect(kinds(inbox('scheduled', chair, '2026-03-12'), MEETING)).toEqual(['meeting_upcoming']);
    expect(kinds(inbox('scheduled', chair, '2026-02-25'), MEETING)).toEqual([]);
    expect(kinds(inbox('scheduled', chair, '2026-03-13'), MEETING)).toEqual([]);
    expect(kinds(inbox('scheduled', chair, '2026-03-01'), 'm-2026-06')).toEqual([]);
    expect(kinds(inbox('scheduled', director, '2026-03-01'), MEETING)).toEqual([]);
    expect(kinds(inbox('item-opened', chair, '2026-03-12'), MEETING)).toEqual(['vote_pending']);
  });

  it('asks present voters who have not voted, are not recused and did not prepare the case', () => {
    const voters = (label: string) =>
      ['u-chair', 'u-m1', 'u-m2', 'u-m3', 'u-s1', 'u-old', 'u-dir'].filter((userId) =>
        inbox(label, userId === 'u-chair' ? chair : member(userId)).some((i) => i.kind === 'vote_pending'),
      );
    // u-m2 is recused, u-m3 absent (their substitute u-s1 votes), u-old not on this board, u-dir prepared it.
    expect(voters('item-opened')).toEqual(['u-chair', 'u-m1', 'u-s1']);
    expect(voters('chair-voted')).toEqual(['u-m1', 'u-s1']);
    expect(voters('votes-cast')).toEqual([]);
    expect(voters('on-agenda')).toEqual([]);
    const [vote] = inbox('item-opened', member('u-m1'));
    expect(vote).toMatchObject({
      kind: 'vote_pending',
      applicationId: 'app-1',
      caseNumber: '2026/0001',
      meetingId: MEETING,
      itemNo: 1,
      since: '2026-03-12T13:05:00.000Z',
    });
    expect(vote?.title.sv).toBe('Din röst saknas: § 1 2026/0001 Handledare vid ASF Verkstaden (Styrelsemöte 2026-03-12)');

    const preparedByM1 = demo.until('item-opened').map((d) =>
      d.type === 'AgendaItemAdded' && (d.data as AgendaItemAdded['data']).itemNo === 1
        ? {
            ...d,
            data: { ...(d.data as AgendaItemAdded['data']), case: { ...(d.data as AgendaItemAdded['data']).case, preparedBy: 'u-m1' } },
          }
        : d,
    );
    expect(inboxFor(at('prepared-by-m1', preparedByM1), 'demo', member('u-m1'), '2026-03-12').items).toEqual([]);
  });

  it('asks the chair and the adjuster to attest the minutes until each has', () => {
    const attest = (label: string, who: InboxPrincipal) => inbox(label, who).filter((i) => i.kind === 'minutes_to_attest');
    expect(attest('closed', chair)).toEqual([
      {
        kind: 'minutes_to_attest',
        title: {
          sv: 'Protokoll att justera som ordförande: Styrelsemöte 2026-03-12 (2026-03-12)',
          en: 'Minutes to attest as chair: Styrelsemöte 2026-03-12 (2026-03-12)',
        },
        meetingId: MEETING,
        since: '2026-03-12T14:00:00.000Z',
      },
    ]);
    expect(attest('closed', member('u-m1')).map((i) => i.title.en)).toEqual([
      'Minutes to attest as adjuster: Styrelsemöte 2026-03-12 (2026-03-12)',
    ]);
    expect(attest('closed', member('u-m2'))).toEqual([]);
    expect(attest('closed', director)).toEqual([]);
    expect(attest('outcome', chair)).toEqual([]);
    expect(attest('chair-attested', chair)).toEqual([]);
    expect(attest('chair-attested', member('u-m1'))).toHaveLength(1);
    expect(attest('attested', member('u-m1'))).toEqual([]);
  });

  it('never mixes tenants', () => {
    expect(inboxFor(at('end'), 'other', member('u-m1'), '2026-03-12').items.map((i) => i.kind)).toEqual(['vote_pending']);
    expect(inboxFor(at('end'), 'nobody', chair, '2026-03-12').items).toEqual([]);
  });

  it('counts days on the calendar', () => {
    expect(addDays('2026-02-26', 14)).toBe('2026-03-12');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(() => addDays('12 mars', 1)).toThrow(RangeError);
  });
});
