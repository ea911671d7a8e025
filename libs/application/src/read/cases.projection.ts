import type { Actor, StoredEvent } from '../../../event-store/src/event.js';
import type { Projection } from '../../../projections/src/projection.js';
import { assertNever } from '../../../shared/src/decider.js';
import type { MeetingEvent, MinutesAttestationCompleted } from '../../../board/src/meeting/meeting.events.js';
import { MEETING_EVENT_SCHEMA_VERSIONS } from '../../../board/src/meeting/meeting.events.js';
import type { ApplicationEvent, BoardDecisionTookEffect } from '../application.events.js';
import { APPLICATION_EVENT_SCHEMA_VERSIONS } from '../application.events.js';
import { type CaseMeetingEvent, summariseApplicationEvent, summariseMeetingEvent } from './case-history.js';
import { CASES_TABLES, createCasesTables, type CaseStatus } from './cases.schema.js';
import { type CaseStatements, caseStatements, contentParams } from './cases.statements.js';

const APPLICATION_TYPES: ReadonlySet<string> = new Set(Object.keys(APPLICATION_EVENT_SCHEMA_VERSIONS));
const MEETING_TYPES: ReadonlySet<string> = new Set(Object.keys(MEETING_EVENT_SCHEMA_VERSIONS));

interface Context {
  s: CaseStatements;
  tenant: string;
  at: string;
  position: bigint;
  streamRevision: number;
  actor: Actor;
}

/**
 * One row per application with its place in the approval chain, plus the detail tables the case
 * view needs. Meeting events are folded in through `agenda_cases`, which maps an item to its case.
 */
export const casesProjection: Projection = {
  name: 'cases',
  version: 1,
  tables: CASES_TABLES,
  init: createCasesTables,
  apply(db, stored: StoredEvent) {
    const isApplication = APPLICATION_TYPES.has(stored.type);
    if (!isApplication && !MEETING_TYPES.has(stored.type)) return;
    const { tenant, occurredAt, actor } = stored.metadata;
    const ctx: Context = {
      s: caseStatements(db),
      tenant,
      at: occurredAt,
      position: stored.position,
      streamRevision: stored.revision,
      actor,
    };
    if (isApplication) applyApplicationEvent(ctx, { type: stored.type, data: stored.data } as ApplicationEvent);
    else applyMeetingEvent(ctx, { type: stored.type, data: stored.data } as MeetingEvent);
  },
};

function record(ctx: Context, applicationId: string, type: string, summary: Record<string, unknown>): void {
  const key = { tenant: ctx.tenant, applicationId };
  // No case row, no history: a meeting item can name an application this read model never saw.
  if (ctx.s.touch.run({ ...key, at: ctx.at }).changes === 0) return;
  ctx.s.insertHistory.run({
    ...key,
    position: ctx.position,
    type,
    at: ctx.at,
    userId: ctx.actor.userId,
    role: ctx.actor.role,
    summaryJson: JSON.stringify(summary),
  });
}

function applyApplicationEvent(ctx: Context, event: ApplicationEvent): void {
  const { s, tenant, at } = ctx;
  const key = { tenant, applicationId: event.data.applicationId };
  switch (event.type) {
    case 'ApplicationSubmitted': {
      const d = event.data;
      const year = Number(/^(\d{4})\//.exec(d.caseNumber)?.[1] ?? d.submittedAt.slice(0, 4));
      s.insertCase.run({
        ...key,
        ...contentParams(d.content),
        caseNumber: d.caseNumber,
        year,
        submittedBy: d.submittedBy,
        submittedAt: d.submittedAt,
        at,
      });
      s.insertRevision.run({
        ...key,
        revision: 1,
        contentJson: JSON.stringify(d.content),
        at: d.submittedAt,
        by: d.submittedBy,
        inResponseTo: null,
      });
      break;
    }
    case 'ApplicationRevised': {
      const d = event.data;
      s.revise.run({ ...key, ...contentParams(d.content), revision: d.revision, at });
      s.insertRevision.run({
        ...key,
        revision: d.revision,
        contentJson: JSON.stringify(d.content),
        at: d.revisedAt,
        by: d.revisedBy,
        inResponseTo: d.inResponseTo,
      });
      if (d.inResponseTo !== null) s.answerSupplement.run({ ...key, requestId: d.inResponseTo, revision: d.revision });
      break;
    }
    case 'ApplicationScreened': {
      const d = event.data;
      const blocking = d.blocking ? 1 : 0;
      s.insertScreening.run({
        ...key,
        seq: ctx.streamRevision,
        applicationRevision: d.applicationRevision,
        screenedOn: d.screenedOn,
        policiesJson: JSON.stringify(d.policies),
        findingsJson: JSON.stringify(d.findings),
        blocking,
        threshold: d.delegationThresholdSek,
      });
      s.screened.run({ ...key, applicationRevision: d.applicationRevision, blocking, threshold: d.delegationThresholdSek });
      break;
    }
    case 'ApplicationWithdrawn':
      s.withdraw.run({ ...key, reason: event.data.reason, at });
      break;
    case 'CaseTaken':
      s.take.run({ ...key, preparedBy: event.data.preparedBy, at });
      break;
    case 'SupplementRequested': {
      const d = event.data;
      s.insertSupplement.run({
        ...key,
        requestId: d.requestId,
        question: d.question,
        dueDate: d.dueDate,
        requestedBy: d.requestedBy,
        requestedAt: at,
      });
      s.awaitSupplement.run({ ...key, requestedBy: d.requestedBy, at });
      break;
    }
    case 'RecommendationMade': {
      const d = event.data;
      s.insertRecommendation.run({
        ...key,
        recommendation: d.recommendation,
        motivation: d.motivation,
        termsJson: d.terms === null ? null : JSON.stringify(d.terms),
        overrideJson: d.override === null ? null : JSON.stringify(d.override),
        basedOnRevision: d.basedOnRevision,
        by: d.recommendedBy,
        at,
      });
      s.recommend.run({ ...key, recommendation: d.recommendation, amountSek: d.terms?.amountSek ?? null, by: d.recommendedBy, at });
      break;
    }
    case 'DecidedUnderDelegation': {
      const d = event.data;
      s.decide.run({
        ...key,
        status: d.decision,
        at,
        decision: d.decision,
        decidedByKind: 'delegation',
        decidedBy: d.decidedBy,
        decidedOn: d.decidedOn,
        decidedAmountSek: d.terms?.amountSek ?? null,
        termsJson: d.terms === null ? null : JSON.stringify(d.terms),
        motivation: d.motivation,
        meetingDate: null,
      });
      break;
    }
    case 'BoardDecisionTookEffect':
      applyBoardDecision(ctx, event.data);
      break;
    default:
      assertNever(event);
  }
  record(ctx, event.data.applicationId, event.type, summariseApplicationEvent(event));
}

function applyBoardDecision(ctx: Context, d: BoardDecisionTookEffect['data']): void {
  const key = { tenant: ctx.tenant, applicationId: d.applicationId };
  if (d.outcome === 'approved' || d.outcome === 'rejected') {
    ctx.s.decide.run({
      ...key,
      status: d.outcome,
      at: ctx.at,
      decision: d.outcome,
      decidedByKind: 'board',
      decidedBy: null,
      decidedOn: d.attestedOn,
      decidedAmountSek: d.terms?.amountSek ?? null,
      termsJson: d.terms === null ? null : JSON.stringify(d.terms),
      motivation: d.motivation,
      meetingDate: d.meetingDate,
    });
    ctx.s.setStatus.run({ ...key, status: d.outcome, meetingId: d.meetingId, itemNo: d.itemNo, at: ctx.at });
    return;
  }
  const current = ctx.s.placement.get(key);
  // Already on a later meeting's agenda (tabled items can be re-added before the minutes are attested).
  if (current === undefined || (current.status === 'on_agenda' && current.meeting_id !== d.meetingId)) return;
  const status: CaseStatus = d.outcome === 'referred_back' ? 'in_preparation' : 'recommended';
  ctx.s.setStatus.run({ ...key, status, meetingId: d.meetingId, itemNo: d.itemNo, at: ctx.at });
}

function applyMeetingEvent(ctx: Context, event: MeetingEvent): void {
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
    case 'BoardMeetingOpened':
    case 'BoardMeetingClosed':
    case 'MinutesAttested':
      return;
    default:
      assertNever(event);
  }
}

function applyItemEvent(ctx: Context, event: Exclude<CaseMeetingEvent, { type: 'AgendaItemAdded' }>): void {
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
