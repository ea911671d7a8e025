import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { readModelOf, demoStory } from '@beslutskedjan/application/testing';
import { boardOn, listAppointments } from './board.queries.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-board-'));
let db: Database.Database;
beforeAll(() => {
  db = readModelOf(dir, [...demoStory('other').until('submitted'), ...demoStory('demo').until('end')]);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const seatsOn = (date: string, tenant = 'demo') => boardOn(db, tenant, date).map((s) => `${s.position}:${s.personId}`);

describe('board composition read model', () => {
  it('answers who sat on the board on a date, chair first', () => {
    expect(seatsOn('2026-03-12')).toEqual(['chair:u-chair', 'member:u-m2', 'member:u-m3', 'member:u-m1', 'substitute:u-s1']);
    expect(boardOn(db, 'demo', '2026-03-12')[4]).toMatchObject({
      personId: 'u-s1',
      substituteFor: 'u-m3',
      memberOrganisation: { kind: 'forsakringskassan', name: 'Försäkringskassan', organisationNumber: '202100-5521' },
    });
  });

  it('follows appointments and early ends over time', () => {
    expect(seatsOn('2022-06-01')).toEqual(['member:u-old']);
    expect(seatsOn('2022-12-31')).toEqual(['member:u-old']);
    expect(seatsOn('2023-01-01')).not.toContain('member:u-old');
    expect(seatsOn('2026-06-29')).toContain('member:u-m2');
    // Ended on 2026-06-30: not on the board that day.
    expect(seatsOn('2026-06-30')).not.toContain('member:u-m2');
    expect(seatsOn('2026-06-30')).not.toContain('member:u-m5');
    expect(seatsOn('2026-07-01')).toEqual(['chair:u-chair', 'member:u-m5', 'member:u-m3', 'member:u-m1', 'substitute:u-s1']);
    expect(seatsOn('2027-01-01')).toEqual([]);
  });

  it('lists every appointment with its end, per tenant', () => {
    const all = listAppointments(db, 'demo');
    expect(all).toHaveLength(7);
    expect(all.find((a) => a.personId === 'u-m2')?.ended).toEqual({ endedOn: '2026-06-30', reason: 'Avgått', endedBy: 'u-admin' });
    expect(all.find((a) => a.personId === 'u-m1')?.ended).toBeNull();
    expect(listAppointments(db, 'other')).toHaveLength(6);
    expect(seatsOn('2026-07-01', 'other')).toContain('member:u-m2');
    expect(listAppointments(db, 'nobody')).toEqual([]);
  });
});
