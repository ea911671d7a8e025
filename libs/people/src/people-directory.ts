import { privateFile } from '@beslutskedjan/shared';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface Person {
  userId: string;
  displayName: string | null;
  email: string | null;
  /** Preferred language of messages. */
  locale: 'sv' | 'en';
  erased: boolean;
}

/**
 * Names and e-mail addresses live here, never in the event log (DOMAIN.md): events name people
 * by user id, and erasing a person here leaves every decision readable, with the person shown as erased.
 * One SQLite file shared by the API and worker processes.
 */
export class PeopleDirectory {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS people (
      tenant TEXT NOT NULL, user_id TEXT NOT NULL, display_name TEXT, email TEXT, locale TEXT NOT NULL DEFAULT 'sv',
      updated_at TEXT NOT NULL, erased_at TEXT, PRIMARY KEY (tenant, user_id))`);
    this.statements = {
      get: db.prepare<
        [string, string],
        { user_id: string; display_name: string | null; email: string | null; locale: 'sv' | 'en'; erased_at: string | null }
      >('SELECT user_id, display_name, email, locale, erased_at FROM people WHERE tenant = ? AND user_id = ?'),
      // An erased person stays erased: a later login or registration does not bring the name back.
      upsert: db.prepare(
        `INSERT INTO people (tenant, user_id, display_name, email, locale, updated_at) VALUES (@tenant, @userId, @displayName, @email, COALESCE(@locale, 'sv'), @at)
         ON CONFLICT(tenant, user_id) DO UPDATE SET
           display_name = COALESCE(excluded.display_name, display_name),
           email = COALESCE(excluded.email, email),
           locale = COALESCE(@locale, locale),
           updated_at = excluded.updated_at
         WHERE erased_at IS NULL`,
      ),
      erase: db.prepare(
        `INSERT INTO people (tenant, user_id, display_name, email, updated_at, erased_at) VALUES (?, ?, NULL, NULL, ?, ?)
         ON CONFLICT(tenant, user_id) DO UPDATE SET display_name = NULL, email = NULL, updated_at = excluded.updated_at, erased_at = excluded.erased_at`,
      ),
    };
  }

  static open(dataDir: string): PeopleDirectory {
    const db = new Database(privateFile(join(dataDir, 'people.sqlite')));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 10000');
    // Erased values must not linger in free pages of the file.
    db.pragma('secure_delete = ON');
    return new PeopleDirectory(db);
  }

  get(tenant: string, userId: string): Person | null {
    const row = this.statements.get.get(tenant, userId);
    return row
      ? { userId: row.user_id, displayName: row.display_name, email: row.email, locale: row.locale, erased: row.erased_at !== null }
      : null;
  }

  /** Records what a token or an administrator says about a person; `null` keeps the stored value. */
  upsert(
    tenant: string,
    userId: string,
    details: { displayName?: string | null; email?: string | null; locale?: 'sv' | 'en' },
    at: string,
  ): void {
    this.statements.upsert.run({
      tenant,
      userId,
      displayName: details.displayName ?? null,
      email: details.email ?? null,
      // No locale given (e.g. a login) keeps the person's chosen language.
      locale: details.locale ?? null,
      at,
    });
  }

  /** Several upserts in one transaction: one durable write for all of them (the auth guard's batch per tick). */
  upsertMany(
    entries: ReadonlyArray<{
      tenant: string;
      userId: string;
      details: { displayName?: string | null; email?: string | null; locale?: 'sv' | 'en' };
      at: string;
    }>,
  ): void {
    this.db.transaction(() => {
      for (const e of entries) this.upsert(e.tenant, e.userId, e.details, e.at);
    })();
  }

  /** Forgets the e-mail address only: the name stays where it is part of a public record. */
  eraseContact(tenant: string, userId: string, at: string): void {
    this.db.prepare('UPDATE people SET email = NULL, updated_at = ? WHERE tenant = ? AND user_id = ?').run(at, tenant, userId);
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Forgets the name and e-mail address for good; decisions keep the user id. */
  erase(tenant: string, userId: string, at: string): void {
    this.statements.erase.run(tenant, userId, at, at);
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Display name for timelines and documents: erased people are shown as such, unknown ones by id. */
  nameOf(tenant: string, userId: string): string {
    const person = this.get(tenant, userId);
    if (person?.erased) return '[raderad person]';
    return person?.displayName ?? userId;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export const PEOPLE = Symbol('PEOPLE');
