import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PeopleDirectory } from './people-directory.js';

describe('PeopleDirectory', () => {
  it('given a person, when erased, then the name and address are gone and stay gone', () => {
    const people = PeopleDirectory.open(mkdtempSync(join(tmpdir(), 'bk-people-')));
    people.upsert('demo', 'anna', { displayName: 'Anna Andersson', email: 'anna@example.se' }, '2026-01-01T00:00:00Z');
    expect(people.nameOf('demo', 'anna')).toBe('Anna Andersson');
    expect(people.get('other', 'anna')).toBeNull();

    people.erase('demo', 'anna', '2026-02-01T00:00:00Z');
    people.upsert('demo', 'anna', { displayName: 'Anna Andersson' }, '2026-03-01T00:00:00Z');
    expect(people.get('demo', 'anna')).toEqual({ userId: 'anna', displayName: null, email: null, locale: 'sv', erased: true });
    expect(people.nameOf('demo', 'anna')).toBe('[raderad person]');
    people.close();
  });
});

describe('PeopleDirectory locale', () => {
  it('keeps a chosen language when a later login says nothing about it', () => {
    const people = PeopleDirectory.open(mkdtempSync(join(tmpdir(), 'bk-people-')));
    people.upsert('demo', 'erik', { displayName: 'Erik', locale: 'en' }, '2026-01-01T00:00:00Z');
    people.upsert('demo', 'erik', { displayName: 'Erik' }, '2026-01-02T00:00:00Z');
    expect(people.get('demo', 'erik')?.locale).toBe('en');
    people.close();
  });
});

describe('PeopleDirectory batches', () => {
  it('writes a batch of logins in one transaction, with the same rules: an erased person stays erased', () => {
    const people = PeopleDirectory.open(mkdtempSync(join(tmpdir(), 'bk-people-')));
    people.erase('demo', 'gone', '2026-01-01T00:00:00Z');
    const at = '2026-01-02T00:00:00Z';
    people.upsertMany([
      { tenant: 'demo', userId: 'a', details: { displayName: 'Anna' }, at },
      { tenant: 'demo', userId: 'b', details: { displayName: 'Bo', email: 'bo@example.se' }, at },
      { tenant: 'demo', userId: 'gone', details: { displayName: 'Återkommen' }, at },
    ]);
    expect(['a', 'b', 'gone'].map((id) => people.nameOf('demo', id))).toEqual(['Anna', 'Bo', '[raderad person]']);
    people.close();
  });
});
