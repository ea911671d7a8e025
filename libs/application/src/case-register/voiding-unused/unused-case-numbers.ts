import type Database from 'better-sqlite3';
import { prepared } from '@beslutskedjan/platform';
import { CASE_NUMBERS_TABLE } from '../read/case-register.projection.js';

/**
 * How long a number may stay taken without its case before the sweep voids it. A submission
 * writes its case a moment after taking the number; a quarter of an hour is far beyond any
 * submission in flight, so a number older than that was left by a crash between the two writes.
 */
export const UNUSED_NUMBER_GRACE_MS = 15 * 60 * 1000;

export interface UnusedNumber {
  tenant: string;
  year: number;
  caseNumber: string;
  applicationId: string;
  takenAt: string;
}

/** Candidates from the diarium read model: taken, neither registered nor void, older than the grace period. */
export function unusedCaseNumbers(db: Database.Database, now: string, tenant?: string): UnusedNumber[] {
  const before = new Date(Date.parse(now) - UNUSED_NUMBER_GRACE_MS).toISOString();
  return prepared<
    [string, string, string],
    { tenant: string; year: number; case_number: string; application_id: string; taken_at: string }
  >(
    db,
    `SELECT tenant, year, case_number, application_id, taken_at FROM ${CASE_NUMBERS_TABLE}
     WHERE status = 'taken' AND taken_at < ? AND (? = '' OR tenant = ?) ORDER BY tenant, year, sequence`,
  )
    .all(before, tenant ?? '', tenant ?? '')
    .map((r) => ({ tenant: r.tenant, year: r.year, caseNumber: r.case_number, applicationId: r.application_id, takenAt: r.taken_at }));
}
