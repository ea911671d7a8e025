import type Database from 'better-sqlite3';
import { CASES_TABLE } from '@beslutskedjan/application';
import { boardOn } from '@beslutskedjan/board';
import type { ReminderIntent } from '../schedule/reminder-intent.js';
import { prepared } from '@beslutskedjan/platform';
import { directorsSeen } from '../schedule/reminder-schedule.queries.js';

export interface RecipientSources {
  /** DIRECTOR_USER_IDS: `tenant` null applies to every tenant. */
  configuredDirectors: ReadonlyArray<{ tenant: string | null; userId: string }>;
}

/**
 * Who gets a reminder, decided when it is sent, from the read models as they are then:
 * - the director: the case's preparer when there is one; else DIRECTOR_USER_IDS for the tenant;
 *   else everyone who ever acted as director in the tenant (from events' metadata.actor);
 * - the contact: the applicant named in InitiativeFunded (carried by the intent);
 * - the board: chair and members (with a vote) as composed on `today`; with substitutes for the kallelse;
 * - the chair: the chair seat on `today`.
 */
export function resolveRecipients(db: Database.Database, intent: ReminderIntent, today: string, sources: RecipientSources): string[] {
  const { tenant, subject } = intent;
  const director = () => directorsFor(db, tenant, subject.applicationId, sources);
  const seats = () => boardOn(db, tenant, today);
  const board = () =>
    seats()
      .filter((s) => s.position !== 'substitute')
      .map((s) => s.personId);
  const chair = () =>
    seats()
      .filter((s) => s.position === 'chair')
      .map((s) => s.personId);
  const contact = () => (subject.contactUserId === undefined ? [] : [subject.contactUserId]);
  const ids = (() => {
    switch (intent.audience) {
      case 'director':
        return director();
      case 'contact_and_director':
        return [...contact(), ...director()];
      case 'contact_director_and_board':
        return [...contact(), ...director(), ...board()];
      case 'board':
        return board();
      case 'board_and_substitutes':
        return seats().map((s) => s.personId);
      case 'director_and_chair':
        return [...directorsFor(db, tenant, undefined, sources), ...chair()];
      case 'person':
        return intent.personId === undefined ? [] : [intent.personId];
    }
  })();
  return [...new Set(ids)];
}

function directorsFor(db: Database.Database, tenant: string, applicationId: string | undefined, sources: RecipientSources): string[] {
  if (applicationId !== undefined) {
    const row = prepared<[string, string], { preparer: string | null }>(
      db,
      `SELECT preparer FROM ${CASES_TABLE} WHERE tenant = ? AND application_id = ?`,
    ).get(tenant, applicationId);
    if (row?.preparer) return [row.preparer];
  }
  const configured = sources.configuredDirectors.filter((d) => d.tenant === tenant || d.tenant === null).map((d) => d.userId);
  return configured.length > 0 ? configured : directorsSeen(db, tenant);
}
