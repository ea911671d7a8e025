import type { StoredEvent } from '@beslutskedjan/event-store';
import type { ApplicationEvent, DecidedUnderDelegation } from '@beslutskedjan/application';
import { type MeetingEvent, type OutcomeRecorded, formatSek } from '@beslutskedjan/board';
import { swedishDateOf } from '@beslutskedjan/policy';
import type { CaseTimeline, NameOf, TimelineDecision, TimelineEntry } from './case-timeline.types.js';
import { describeApplicationEvent, describeInitiativeEvent, type Described } from './describe-case-event.js';
import { boardDecision, describeMeetingEvent, type MeetingInfo } from './describe-meeting-event.js';
import { OUTCOME_TEXT } from './swedish-words.js';

export interface CaseStreams {
  applicationId: string;
  /** The application's stream, upcast. */
  application: readonly StoredEvent[];
  /** Whole streams of every meeting whose agenda held the case, upcast. */
  meetings: ReadonlyArray<readonly StoredEvent[]>;
  /** The initiative's stream (empty until funded), upcast. */
  initiative: readonly StoredEvent[];
}

const ITEM_EVENTS = new Set([
  'AgendaItemRemoved',
  'AgendaItemOpened',
  'RecusalDeclared',
  'VoteCast',
  'OutcomeRecorded',
  'AgendaItemClosed',
]);

function delegatedDecision(data: DecidedUnderDelegation['data'], nameOf: NameOf): TimelineDecision {
  return {
    by: 'delegation',
    outcome: data.decision,
    outcomeText: OUTCOME_TEXT[data.decision],
    amountSek: data.terms?.amountSek ?? null,
    amount: data.terms ? formatSek(data.terms.amountSek) : null,
    period: data.terms?.period ?? null,
    conditions: data.terms?.conditions ?? [],
    motivation: data.motivation,
    policy: data.policy,
    meeting: null,
    board: null,
    votes: [],
    recusals: [],
    tally: null,
    quorum: null,
    decidedBy: { userId: data.decidedBy, name: nameOf(data.decidedBy) },
  };
}

/** The meeting events that concern the case: its items, and the attestation of minutes that decide it. */
function caseEventsOfMeeting(applicationId: string, stream: readonly StoredEvent[]): { info: MeetingInfo | null; events: StoredEvent[] } {
  const events = stream as ReadonlyArray<StoredEvent & MeetingEvent>;
  const scheduled = events.find((e) => e.type === 'BoardMeetingScheduled');
  const items = new Set(
    events.flatMap((e) => (e.type === 'AgendaItemAdded' && e.data.case.applicationId === applicationId ? [e.data.itemNo] : [])),
  );
  if (items.size === 0) return { info: null, events: [] };
  const meetingId = events[0]?.data.meetingId ?? '';
  const info =
    scheduled?.type === 'BoardMeetingScheduled'
      ? { meetingId, date: scheduled.data.date, label: scheduled.data.label }
      : { meetingId, date: null, label: null };
  const concerns = (e: StoredEvent & MeetingEvent): boolean => {
    if (e.type === 'AgendaItemAdded' || ITEM_EVENTS.has(e.type)) return items.has((e.data as { itemNo: number }).itemNo);
    return e.type === 'MinutesAttested' || e.type === 'MinutesAttestationCompleted';
  };
  return { info, events: events.filter(concerns) };
}

/**
 * Every fact about one case in commit order, read from the streams themselves (exact, not a read
 * model): the application, its meetings' items and attestations, and the funded initiative.
 */
export function buildCaseTimeline(streams: CaseStreams, nameOf: NameOf): CaseTimeline | null {
  const submitted = streams.application.find((e) => e.type === 'ApplicationSubmitted') as (StoredEvent & ApplicationEvent) | undefined;
  if (submitted?.type !== 'ApplicationSubmitted') return null;
  const entries: TimelineEntry[] = [];
  const outcomes = new Map<string, TimelineDecision>();
  const entry = (e: StoredEvent, described: Described, decision?: TimelineDecision): TimelineEntry => ({
    position: String(e.position),
    streamId: e.streamId,
    revision: e.revision,
    at: e.metadata.occurredAt,
    date: swedishDateOf(e.metadata.occurredAt) ?? e.metadata.occurredAt.slice(0, 10),
    type: e.type,
    actor: { userId: e.metadata.actor.userId, name: nameOf(e.metadata.actor.userId), role: e.metadata.actor.role },
    ...described,
    ...(decision ? { decision } : {}),
  });

  for (const stream of streams.meetings) {
    const { info, events } = caseEventsOfMeeting(streams.applicationId, stream);
    if (info === null) continue;
    for (const e of events as Array<StoredEvent & MeetingEvent>) {
      const decision = e.type === 'OutcomeRecorded' ? boardDecision((e as OutcomeRecorded).data, info, nameOf) : undefined;
      if (decision) outcomes.set(`${info.meetingId}#${decision.meeting?.itemNo ?? 0}`, decision);
      entries.push(entry(e, describeMeetingEvent(e, info, nameOf), decision));
    }
  }
  for (const e of streams.application as Array<StoredEvent & ApplicationEvent>) {
    const decision =
      e.type === 'DecidedUnderDelegation'
        ? delegatedDecision(e.data, nameOf)
        : e.type === 'BoardDecisionTookEffect'
          ? outcomes.get(`${e.data.meetingId}#${e.data.itemNo}`)
          : undefined;
    entries.push(entry(e, describeApplicationEvent(e), decision));
  }
  for (const e of streams.initiative) entries.push(entry(e, describeInitiativeEvent(e)));

  entries.sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : BigInt(a.position) > BigInt(b.position) ? 1 : 0));
  const latestTitle = [...streams.application].reverse().find((e) => e.type === 'ApplicationRevised') as
    (StoredEvent & ApplicationEvent) | undefined;
  return {
    applicationId: streams.applicationId,
    caseNumber: submitted.data.caseNumber,
    title: latestTitle?.type === 'ApplicationRevised' ? latestTitle.data.content.title : submitted.data.content.title,
    entries,
  };
}
