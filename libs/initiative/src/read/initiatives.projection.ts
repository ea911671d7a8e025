import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import { assertNever } from '@beslutskedjan/shared';
import { INITIATIVE_EVENT_SCHEMA_VERSIONS, type InitiativeEvent } from '../initiative.events.js';
import { createInitiativesTables, INITIATIVES_TABLES } from './initiatives.schema.js';
import { initiativeStatements, type InitiativeStatements } from './initiatives.statements.js';

const INITIATIVE_TYPES: ReadonlySet<string> = new Set(Object.keys(INITIATIVE_EVENT_SCHEMA_VERSIONS));

/**
 * One row per funded initiative with its next due date, one row per item of its follow-up plan,
 * and the history of the plan. Serves `listInitiatives` and `getInitiative`.
 */
export const initiativesProjection: Projection = {
  name: 'initiatives',
  version: 1,
  tables: INITIATIVES_TABLES,
  init: createInitiativesTables,
  apply(db, stored: StoredEvent) {
    if (!INITIATIVE_TYPES.has(stored.type)) return;
    const event = { type: stored.type, data: stored.data } as InitiativeEvent;
    const s = initiativeStatements(db);
    const key = { tenant: stored.metadata.tenant, initiativeId: event.data.initiativeId };
    applyInitiativeEvent(s, key, event);
    // No initiative row, no history: an event for an initiative this read model never saw funded.
    if (s.exists.get(key) === undefined) return;
    s.refreshNextDue.run(key);
    const { initiativeId: _, ...summary } = event.data;
    s.insertHistory.run({
      ...key,
      position: stored.position,
      type: event.type,
      at: stored.metadata.occurredAt,
      userId: stored.metadata.actor.userId,
      summaryJson: JSON.stringify(summary),
    });
  },
};

function applyInitiativeEvent(s: InitiativeStatements, key: { tenant: string; initiativeId: string }, event: InitiativeEvent): void {
  switch (event.type) {
    case 'InitiativeFunded': {
      const d = event.data;
      const inserted = s.insertInitiative.run({
        ...key,
        applicationId: d.applicationId,
        caseNumber: d.caseNumber,
        title: d.title,
        memberKind: d.procuringMember.kind,
        memberName: d.procuringMember.name,
        amountSek: d.terms.amountSek,
        periodFrom: d.terms.period.from,
        periodTo: d.terms.period.to,
        decidedByKind: d.decidedBy.kind,
        fundedOn: d.fundedOn,
        contactUserId: d.contactUserId,
      });
      if (inserted.changes === 0) return;
      for (const item of d.terms.followUpPlan.items) s.insertItem.run({ ...key, n: item.n, kind: item.kind, dueDate: item.dueDate });
      return;
    }
    case 'FollowUpRescheduled':
      s.reschedule.run({ ...key, n: event.data.n, to: event.data.to });
      return;
    case 'FollowUpWaived':
      s.waive.run({ ...key, n: event.data.n, reason: event.data.reason });
      return;
    case 'FollowUpReportSubmitted':
      s.submit.run({ ...key, n: event.data.n, submission: event.data.submission, submittedOn: event.data.submittedOn });
      return;
    case 'FollowUpReportReviewed':
      s.review.run({
        ...key,
        n: event.data.n,
        verdict: event.data.verdict,
        reviewedOn: event.data.reviewedOn,
        newDueDate: event.data.newDueDate,
      });
      return;
    case 'InitiativeClosed':
      s.close.run({ ...key, closedOn: event.data.closedOn });
      return;
    default:
      assertNever(event);
  }
}
