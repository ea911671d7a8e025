import type Database from 'better-sqlite3';
import { legalForceOf, type LegalForce } from '../meeting/legal-force/appeal-window.js';
import { AGENDA_ITEMS_TABLE, MEETINGS_TABLE } from './meetings.schema.js';

/** One decision as the public notice board (anslagstavla) shows it: no names, no personal data. */
export interface NoticeBoardDecision {
  itemNo: number;
  caseNumber: string;
  title: string;
  kind: 'decision' | 'reported_delegated_decision';
  outcome: string | null;
  /**
   * The decision date: the meeting's date for the board's decisions; null for a delegated decision
   * reported here, which keeps its own date on the case, while its appeal window runs from this anslag.
   */
  decidedOn: string | null;
  legalForce: LegalForce;
}

export interface NoticeBoardEntry {
  meetingId: string;
  /** e.g. "Protokoll, styrelsemöte 2026-12-10" */
  heading: string;
  meetingDate: string;
  attestedOn: string;
  postedOn: string;
  appealEndsOn: string;
  /** Where the minutes are kept (förvaringsplats), as the anslag must say. */
  keptAt: string;
  decisions: NoticeBoardDecision[];
}

interface Row {
  meeting_id: string;
  label: string;
  date: string;
  attested_on: string;
  posted_on: string;
  appeal_ends_on: string;
}
interface ItemRow {
  item_no: number;
  case_number: string;
  title: string;
  kind: 'decision' | 'reported_delegated_decision';
  outcome: string | null;
  appeal_json: string | null;
}

/** Posted minutes, newest first; each decision with its appeal window and laga-kraft date as of `today`. */
export function getNoticeBoard(db: Database.Database, tenant: string, today: string, keptAt: string): NoticeBoardEntry[] {
  const meetings = db
    .prepare<[string], Row>(
      `SELECT meeting_id, label, date, attested_on, posted_on, appeal_ends_on FROM ${MEETINGS_TABLE}
        WHERE tenant = ? AND posted_on IS NOT NULL ORDER BY posted_on DESC, date DESC LIMIT 200`,
    )
    .all(tenant);
  const items = db.prepare<[string, string], ItemRow>(
    `SELECT item_no, case_number, title, kind, outcome, appeal_json FROM ${AGENDA_ITEMS_TABLE}
      WHERE tenant = ? AND meeting_id = ? ORDER BY item_no`,
  );
  return meetings.map((m) => ({
    meetingId: m.meeting_id,
    heading: `Protokoll, ${m.label}`,
    meetingDate: m.date,
    attestedOn: m.attested_on,
    postedOn: m.posted_on,
    appealEndsOn: m.appeal_ends_on,
    keptAt,
    decisions: items.all(tenant, m.meeting_id).map((i) => ({
      itemNo: i.item_no,
      caseNumber: i.case_number,
      title: i.title,
      kind: i.kind,
      outcome: i.outcome,
      decidedOn: i.kind === 'decision' ? m.date : null,
      legalForce: legalForceOf(
        { appealEndsOn: m.appeal_ends_on },
        i.appeal_json === null ? null : (JSON.parse(i.appeal_json) as { court: string; courtCaseNumber: string; outcome: string }),
        today,
      ),
    })),
  }));
}

/**
 * Agendas the case stands on where the board has not finished with it: not yet decided, or decided
 * (approval, rejection) but not yet attested. Återremiss and bordläggning release the case.
 */
export function openAgendasOf(db: Database.Database, tenant: string, applicationId: string): Array<{ meetingId: string; itemNo: number }> {
  return db
    .prepare<[string, string], { meeting_id: string; item_no: number }>(
      `SELECT i.meeting_id, i.item_no FROM ${AGENDA_ITEMS_TABLE} i JOIN ${MEETINGS_TABLE} m ON m.tenant = i.tenant AND m.meeting_id = i.meeting_id
        WHERE i.tenant = ? AND i.application_id = ? AND i.kind = 'decision'
          AND (i.outcome IS NULL OR (i.outcome IN ('approved', 'rejected') AND m.status <> 'attested' AND i.attested_immediately_on IS NULL))`,
    )
    .all(tenant, applicationId)
    .map((r) => ({ meetingId: r.meeting_id, itemNo: r.item_no }));
}

/** One board decision on a case, with where it stands: appeal window, laga kraft, or appealed. */
export interface CaseDecisionStanding {
  meetingId: string;
  meetingDate: string;
  itemNo: number;
  outcome: string;
  postedOn: string | null;
  legalForce: LegalForce;
}

/** The board's decisions (approval, rejection) on one case, oldest first, each with its laga-kraft standing as of `today`. */
export function decisionStandingOf(db: Database.Database, tenant: string, applicationId: string, today: string): CaseDecisionStanding[] {
  return db
    .prepare<
      [string, string],
      {
        meeting_id: string;
        date: string;
        item_no: number;
        outcome: string;
        posted_on: string | null;
        appeal_ends_on: string | null;
        appeal_json: string | null;
      }
    >(
      `SELECT i.meeting_id, m.date, i.item_no, i.outcome, m.posted_on, m.appeal_ends_on, i.appeal_json
         FROM ${AGENDA_ITEMS_TABLE} i JOIN ${MEETINGS_TABLE} m ON m.tenant = i.tenant AND m.meeting_id = i.meeting_id
        WHERE i.tenant = ? AND i.application_id = ? AND i.kind = 'decision' AND i.outcome IN ('approved', 'rejected')
        ORDER BY m.date, i.item_no`,
    )
    .all(tenant, applicationId)
    .map((r) => ({
      meetingId: r.meeting_id,
      meetingDate: r.date,
      itemNo: r.item_no,
      outcome: r.outcome,
      postedOn: r.posted_on,
      legalForce: legalForceOf(
        r.appeal_ends_on === null ? null : { appealEndsOn: r.appeal_ends_on },
        r.appeal_json === null ? null : (JSON.parse(r.appeal_json) as { court: string; courtCaseNumber: string; outcome: string }),
        today,
      ),
    }));
}
