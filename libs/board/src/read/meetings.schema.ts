import type Database from 'better-sqlite3';

export const MEETINGS_TABLE = 'meetings';
export const AGENDA_ITEMS_TABLE = 'agenda_items';
export const ITEM_VOTES_TABLE = 'item_votes';
export const ITEM_RECUSALS_TABLE = 'item_recusals';

export const MEETINGS_TABLES = [MEETINGS_TABLE, AGENDA_ITEMS_TABLE, ITEM_VOTES_TABLE, ITEM_RECUSALS_TABLE] as const;

export type MeetingStatus = 'scheduled' | 'open' | 'closed' | 'attested';
export type AgendaItemStatus = 'pending' | 'open' | 'outcome_recorded' | 'closed';

export function createMeetingsTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE ${MEETINGS_TABLE} (
      tenant TEXT NOT NULL,
      meeting_id TEXT NOT NULL,
      date TEXT NOT NULL,
      label TEXT NOT NULL,
      location TEXT,
      status TEXT NOT NULL CHECK (status IN ('scheduled', 'open', 'closed', 'attested')),
      scheduled_by TEXT NOT NULL,
      scheduled_at TEXT NOT NULL,
      present_json TEXT,
      adjuster_id TEXT,
      board_json TEXT,
      opened_at TEXT,
      closed_at TEXT,
      chair_attested_by TEXT,
      chair_attested_on TEXT,
      adjuster_attested_by TEXT,
      adjuster_attested_on TEXT,
      attested_on TEXT,
      -- The anslag: the day the attestation was announced on the notice board, and the last day to appeal.
      posted_on TEXT,
      appeal_ends_on TEXT,
      PRIMARY KEY (tenant, meeting_id)
    );
    CREATE INDEX ${MEETINGS_TABLE}_date ON ${MEETINGS_TABLE} (tenant, date);
    CREATE INDEX ${MEETINGS_TABLE}_status ON ${MEETINGS_TABLE} (tenant, status, date);
    CREATE INDEX ${MEETINGS_TABLE}_posted ON ${MEETINGS_TABLE} (tenant, posted_on);

    CREATE TABLE ${AGENDA_ITEMS_TABLE} (
      tenant TEXT NOT NULL,
      meeting_id TEXT NOT NULL,
      item_no INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('decision', 'reported_delegated_decision')),
      application_id TEXT NOT NULL,
      case_number TEXT NOT NULL,
      title TEXT NOT NULL,
      prepared_by TEXT NOT NULL,
      recommendation TEXT NOT NULL,
      motivation TEXT NOT NULL,
      terms_json TEXT,
      status TEXT NOT NULL CHECK (status IN ('pending', 'open', 'outcome_recorded', 'closed')),
      added_at TEXT NOT NULL,
      opened_at TEXT,
      outcome TEXT CHECK (outcome IN ('approved', 'rejected', 'referred_back', 'tabled')),
      outcome_terms_json TEXT,
      outcome_motivation TEXT,
      amended INTEGER CHECK (amended IN (0, 1)),
      tally_json TEXT,
      quorum_json TEXT,
      policy_json TEXT,
      recorded_by TEXT,
      method TEXT CHECK (method IN ('acclamation', 'votering')),
      presiding_id TEXT,
      casting_vote TEXT,
      attested_immediately_on TEXT,
      appeal_json TEXT,
      -- Who served in each member seat on the item: the people who decided it.
      serving_json TEXT,
      votering_requested_by TEXT,
      PRIMARY KEY (tenant, meeting_id, item_no)
    );
    CREATE INDEX ${AGENDA_ITEMS_TABLE}_application ON ${AGENDA_ITEMS_TABLE} (tenant, application_id);

    CREATE TABLE ${ITEM_VOTES_TABLE} (
      tenant TEXT NOT NULL,
      meeting_id TEXT NOT NULL,
      item_no INTEGER NOT NULL,
      person_id TEXT NOT NULL,
      vote TEXT NOT NULL CHECK (vote IN ('yes', 'no', 'abstain')),
      replacing TEXT,
      -- The voter's seat on the board as composed at the meeting: chair, member or substitute.
      position TEXT,
      PRIMARY KEY (tenant, meeting_id, item_no, person_id)
    );

    CREATE TABLE ${ITEM_RECUSALS_TABLE} (
      tenant TEXT NOT NULL,
      meeting_id TEXT NOT NULL,
      item_no INTEGER NOT NULL,
      person_id TEXT NOT NULL,
      reason TEXT NOT NULL,
      PRIMARY KEY (tenant, meeting_id, item_no, person_id)
    );
  `);
}
