import { assertNever } from '@beslutskedjan/shared';
import type { MeetingEvent, MinutesAttestationCompleted } from '@beslutskedjan/board';
import { type CaseMeetingEvent, summariseMeetingEvent } from './case-history.js';
import { type Context, record } from './cases.context.js';

/** Meeting events name an agenda item; `agenda_cases` resolves it to the case it concerns. */
export function applyMeetingEvent(ctx: Context, event: MeetingEvent): void {
  switch (event.type) {
    case 'AgendaItemAdded': {
      const d = event.data;
      const key = { tenant: ctx.tenant, applicationId: d.case.applicationId };
      ctx.s.insertAgendaCase.run({
        tenant: ctx.tenant,
        meetingId: d.meetingId,
        itemNo: d.itemNo,
        applicationId: d.case.applicationId,
        kind: d.kind,
      });
      // A reported delegated decision is information to the board: the case is already decided.
      if (d.kind === 'decision') ctx.s.setStatus.run({ ...key, status: 'on_agenda', meetingId: d.meetingId, itemNo: d.itemNo, at: ctx.at });
      record(ctx, d.case.applicationId, event.type, summariseMeetingEvent(event, d.kind));
      return;
    }
    case 'AgendaItemRemoved': {
      const d = event.data;
      const key = { tenant: ctx.tenant, applicationId: d.applicationId };
      ctx.s.removeAgendaCase.run({ tenant: ctx.tenant, meetingId: d.meetingId, itemNo: d.itemNo });
      // Off the agenda before the meeting, the case waits for the board again with its recommendation.
      if (d.kind === 'decision') ctx.s.setStatus.run({ ...key, status: 'recommended', meetingId: null, itemNo: null, at: ctx.at });
      record(ctx, d.applicationId, event.type, summariseMeetingEvent(event, d.kind));
      return;
    }
    case 'AgendaItemOpened':
    case 'RecusalDeclared':
    case 'VoteCast':
    case 'OutcomeRecorded':
    case 'AgendaItemClosed':
      applyItemEvent(ctx, event);
      return;
    case 'MinutesAttestationCompleted':
      applyAttestation(ctx, event);
      return;
    case 'BoardMeetingScheduled':
    case 'ChairForTheDayChosen':
    case 'MotionMoved':
    case 'QuestionPut':
    case 'VoteringRequested':
    case 'ReservationRecorded':
    case 'ProtocolNoteRecorded':
    case 'ParagraphAttestedImmediately':
    case 'MinutesNoticePosted':
    case 'AppealRegistered':
    case 'BoardMeetingOpened':
    case 'BoardMeetingClosed':
    case 'MinutesAttested':
      return;
    default:
      assertNever(event);
  }
}

function applyItemEvent(ctx: Context, event: Exclude<CaseMeetingEvent, { type: 'AgendaItemAdded' | 'AgendaItemRemoved' }>): void {
  const item = ctx.s.agendaCase.get({ tenant: ctx.tenant, meetingId: event.data.meetingId, itemNo: event.data.itemNo });
  if (item === undefined) return;
  if (event.type === 'OutcomeRecorded' && item.kind === 'decision') {
    const { outcome } = event.data;
    // Approval and rejection wait for the minutes; återremiss and bordläggning keep the item on the agenda until then.
    if (outcome === 'approved' || outcome === 'rejected') {
      const key = { tenant: ctx.tenant, applicationId: item.application_id };
      ctx.s.setStatus.run({
        ...key,
        status: 'decided_pending_attestation',
        meetingId: event.data.meetingId,
        itemNo: event.data.itemNo,
        at: ctx.at,
      });
    }
  }
  record(ctx, item.application_id, event.type, summariseMeetingEvent(event, item.kind));
}

function applyAttestation(ctx: Context, event: MinutesAttestationCompleted): void {
  for (const decision of event.data.decisions) {
    record(ctx, decision.applicationId, event.type, {
      meetingId: event.data.meetingId,
      itemNo: decision.itemNo,
      outcome: decision.outcome,
      attestedOn: event.data.attestedOn,
    });
  }
}
