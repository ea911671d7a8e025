import type { ApprovalTerms } from '@beslutskedjan/application';
import { type MotionKind, type Outcome, type VoteChoice, addDays, DEFAULT_BOARD_RULES } from '@beslutskedjan/board';
import type { Actor } from '@beslutskedjan/event-store';
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
}

export interface DemoItem {
  itemNo: number;
  recusals?: Array<{ personId: string; reason: string }>;
  motions?: Array<{ personId: string; kind: MotionKind; terms?: ApprovalTerms; motivation?: string }>;
  /** The proposition: the motion found adopted (0 = the recommendation). Without it the outcome is declared by acclamation. */
  question?: { motionNo: number; againstMotionNo?: number };
  votering?: { requestedBy: string; votes: DemoVote[] };
  outcome?: Outcome;
  motivation?: string;
  reservations?: Array<{ personId: string; motivation: string }>;
  notes?: Array<{ personId: string; text: string }>;
}

export interface DemoMeeting {
  key: string;
  meetingId: string;
  date: string;
  /** Swedish wall-clock time the meeting opens, e.g. '14:00'. */
  opensAt: string;
  /** Who presides: the chair, or the vice chair when the chair is absent. */
  chair: string;
  adjuster: string;
  secretary: string;
  present: string[];
  items: DemoItem[];
  /** ISO timestamps of the two signatures (justering). */
  attested: { byChair: string; byAdjuster: string };
  /** ISO timestamp the attestation was announced on the notice board (anslag). */
  posted?: string;
}

/**
 * A meeting held as a Swedish board holds it: opened with the board as composed on the meeting
 * date, each item taken up, jäv declared, motions, the question put, votering where asked for,
 * the outcome with the policy in force, reservations and notes; then attestation and the anslag.
 */
export async function holdMeeting(kit: DemoSeedKit, m: DemoMeeting): Promise<void> {
  const { meetingId, key } = m;
  let clock = sweden(m.date, m.opensAt);
  const next = (minutes: number) => (clock = plusMinutes(clock, minutes));
  const asChair = (step: string) => ({ key: `${key}-${step}`, actor: chairActor(m.chair), now: next(2) });
  const asMember = (step: string, personId: string) => ({ key: `${key}-${step}-${personId}`, actor: memberActor(personId), now: next(1) });

  const board = await kit.boardOn(m.date);
  const [policy] = await kit.policiesOn(m.date);
  await kit.meeting(
    { key: `${key}-open`, actor: chairActor(m.chair), now: clock },
    {
      type: 'OpenBoardMeeting',
      data: {
        meetingId,
        present: m.present,
        adjusterId: m.adjuster,
        secretaryId: m.secretary,
        othersPresent: [{ personId: m.secretary, role: 'director' }],
        attestationDueOn: addDays(m.date, DEFAULT_BOARD_RULES.attestationDays),
        board,
      },
    },
  );
  for (const item of m.items) {
    const { itemNo } = item;
    await kit.meeting(asChair(`item-${itemNo}-open`), { type: 'OpenAgendaItem', data: { meetingId, itemNo } });
    for (const r of item.recusals ?? []) {
      await kit.meeting(asMember(`item-${itemNo}-recusal`, r.personId), {
        type: 'DeclareRecusal',
        data: { meetingId, itemNo, personId: r.personId, reason: r.reason },
      });
    }
    next(10);
    for (const [i, motion] of (item.motions ?? []).entries()) {
      await kit.meeting(asMember(`item-${itemNo}-motion-${i + 1}`, motion.personId), {
        type: 'MoveMotion',
        data: { meetingId, itemNo, kind: motion.kind, terms: motion.terms ?? null, motivation: motion.motivation ?? null },
      });
    }
    if (item.question) {
      await kit.meeting(asChair(`item-${itemNo}-question`), { type: 'PutQuestion', data: { meetingId, itemNo, ...item.question } });
    }
    if (item.votering) {
      await kit.meeting(asMember(`item-${itemNo}-votering`, item.votering.requestedBy), {
        type: 'RequestVotering',
        data: { meetingId, itemNo },
      });
      for (const v of item.votering.votes) {
        const actor = v.personId === m.chair ? chairActor(v.personId) : memberActor(v.personId);
        await kit.meeting(
          { key: `${key}-item-${itemNo}-vote-${v.personId}`, actor, now: next(1) },
          { type: 'CastVote', data: { meetingId, itemNo, vote: v.vote } },
        );
      }
    }
    const application = await kit.applicationStatusOfItem(meetingId, itemNo);
    await kit.meeting(asChair(`item-${itemNo}-outcome`), {
      type: 'RecordOutcome',
      data: {
        meetingId,
        itemNo,
        ...(item.outcome ? { outcome: item.outcome } : {}),
        policy: policy?.ref ?? null,
        caseStatus: application,
        ...(item.motivation ? { motivation: item.motivation } : {}),
      },
    });
    for (const r of item.reservations ?? []) {
      await kit.meeting(asMember(`item-${itemNo}-reservation`, r.personId), {
        type: 'RecordReservation',
        data: { meetingId, itemNo, motivation: r.motivation, motivationDueOn: m.attested.byAdjuster.slice(0, 10) },
      });
    }
    for (const n of item.notes ?? []) {
      await kit.meeting(asMember(`item-${itemNo}-note`, n.personId), {
        type: 'RecordProtocolNote',
        data: { meetingId, itemNo, text: n.text },
      });
    }
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
  if (m.posted !== undefined) {
    await kit.meeting(
      { key: `${key}-notice`, actor: directorActor(m.secretary), now: m.posted },
      { type: 'PostMinutesNotice', data: { meetingId } },
    );
  }
}
