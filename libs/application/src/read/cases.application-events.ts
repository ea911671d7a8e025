import { assertNever } from '@beslutskedjan/shared';
import type { ApplicationEvent, BoardDecisionTookEffect } from '../application.events.js';
import { summariseApplicationEvent } from './case-history.js';
import { type Context, record } from './cases.context.js';
import type { CaseStatus } from './cases.schema.js';
import { contentParams } from './cases.statements.js';

export function applyApplicationEvent(ctx: Context, event: ApplicationEvent): void {
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
      // The decision is taken at the meeting; the attestation only confirms the minutes.
      decidedOn: d.meetingDate,
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
