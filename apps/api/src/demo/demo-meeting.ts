import type { Outcome, VoteChoice } from '../../../../libs/board/src/meeting/meeting.state.js';
import type { Actor } from '../../../../libs/event-store/src/event.js';
import { sweden, type DemoSeedKit } from './demo-seed-kit.js';

const chairActor = (userId: string): Actor => ({ userId, role: 'chair' });
const memberActor = (userId: string): Actor => ({ userId, role: 'board_member' });
const directorActor = (userId: string): Actor => ({ userId, role: 'director' });

const plusMinutes = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** The director (or the chair) puts a meeting in the calendar. */
export async function scheduleMeeting(
  kit: DemoSeedKit,
  key: string,
  m: { meetingId: string; date: string; label: string; location: string },
  by: string,
  now: string,
): Promise<void> {
  await kit.meeting({ key: `${key}-schedule`, actor: directorActor(by), now }, { type: 'ScheduleBoardMeeting', data: m });
}

/** The director puts a recommended case on the agenda, snapshotted as the handler does. */
export async function addDecisionItem(kit: DemoSeedKit, key: string, meetingId: string, applicationId: string, by: string, now: string) {
  const snapshot = await kit.snapshot(applicationId, 'decision');
  await kit.meeting(
    { key: `${key}-agenda`, actor: directorActor(by), now },
    { type: 'AddAgendaItem', data: { meetingId, kind: 'decision', case: snapshot } },
  );
}

export interface DemoVote {
  personId: string;
  vote: VoteChoice;
  /** For a substitute: the absent member whose seat they take. */
  replacing?: string;
}

export interface DemoItem {
  itemNo: number;
  recusals?: Array<{ personId: string; reason: string }>;
  votes: DemoVote[];
  outcome: Outcome;
  motivation?: string;
}

export interface DemoMeeting {
  key: string;
  meetingId: string;
  date: string;
  /** Swedish wall-clock time the chair opens the meeting, e.g. '14:00'. */
  opensAt: string;
  chair: string;
  adjuster: string;
  present: string[];
  items: DemoItem[];
  /** ISO timestamps of the two signatures (justering). */
  attested: { byChair: string; byAdjuster: string };
}

/**
 * A meeting held as the chair and the members would hold it: opened with the board as composed on
 * the meeting date, each item taken up, recusals and votes, the outcome with the policy in force on
 * the meeting date, items and meeting closed, then the minutes attested by chair and adjuster.
 */
export async function holdMeeting(kit: DemoSeedKit, m: DemoMeeting): Promise<void> {
  const { meetingId, key } = m;
  let clock = sweden(m.date, m.opensAt);
  const next = (minutes: number) => (clock = plusMinutes(clock, minutes));
  const asChair = (step: string) => ({ key: `${key}-${step}`, actor: chairActor(m.chair), now: next(2) });

  const board = await kit.boardOn(m.date);
  const [policy] = await kit.policiesOn(m.date);
  await kit.meeting(
    { key: `${key}-open`, actor: chairActor(m.chair), now: clock },
    { type: 'OpenBoardMeeting', data: { meetingId, present: m.present, adjusterId: m.adjuster, board } },
  );
  for (const item of m.items) {
    const { itemNo } = item;
    await kit.meeting(asChair(`item-${itemNo}-open`), { type: 'OpenAgendaItem', data: { meetingId, itemNo } });
    for (const r of item.recusals ?? []) {
      await kit.meeting(
        { key: `${key}-item-${itemNo}-recusal-${r.personId}`, actor: memberActor(r.personId), now: next(1) },
        { type: 'DeclareRecusal', data: { meetingId, itemNo, personId: r.personId, reason: r.reason } },
      );
    }
    next(10);
    for (const v of item.votes) {
      const actor = v.personId === m.chair ? chairActor(v.personId) : memberActor(v.personId);
      await kit.meeting(
        { key: `${key}-item-${itemNo}-vote-${v.personId}`, actor, now: next(1) },
        { type: 'CastVote', data: { meetingId, itemNo, vote: v.vote, replacing: v.replacing ?? null } },
      );
    }
    await kit.meeting(asChair(`item-${itemNo}-outcome`), {
      type: 'RecordOutcome',
      data: {
        meetingId,
        itemNo,
        outcome: item.outcome,
        policy: policy?.ref ?? null,
        ...(item.motivation ? { motivation: item.motivation } : {}),
      },
    });
    await kit.meeting(asChair(`item-${itemNo}-close`), { type: 'CloseAgendaItem', data: { meetingId, itemNo } });
  }
  next(30);
  await kit.meeting(asChair('close'), { type: 'CloseBoardMeeting', data: { meetingId } });
  await kit.meeting(
    { key: `${key}-attest-chair`, actor: chairActor(m.chair), now: m.attested.byChair },
    { type: 'AttestMinutes', data: { meetingId } },
  );
  await kit.meeting(
    { key: `${key}-attest-adjuster`, actor: memberActor(m.adjuster), now: m.attested.byAdjuster },
    { type: 'AttestMinutes', data: { meetingId } },
  );
}
