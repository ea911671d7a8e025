import type { ApplicationEvent } from '../application.events.js';
import type { AgendaItemAdded, MeetingEvent } from '@beslutskedjan/board';

/** The meeting events that concern one case: they name an agenda item, resolved to its application. */
export type CaseMeetingEvent = Extract<
  MeetingEvent,
  {
    type:
      | 'AgendaItemAdded'
      | 'AgendaItemRemoved'
      | 'AgendaItemOpened'
      | 'RecusalDeclared'
      | 'VoteCast'
      | 'OutcomeRecorded'
      | 'AgendaItemClosed';
  }
>;

/** What the case detail shows of an application event; the full payload stays in the log. */
export function summariseApplicationEvent(event: ApplicationEvent): Record<string, unknown> {
  switch (event.type) {
    case 'ApplicationSubmitted':
      return { caseNumber: event.data.caseNumber, title: event.data.content.title, submittedBy: event.data.submittedBy };
    case 'ApplicationRevised':
      return { revision: event.data.revision, inResponseTo: event.data.inResponseTo, revisedBy: event.data.revisedBy };
    case 'ApplicationScreened':
      return {
        applicationRevision: event.data.applicationRevision,
        screenedOn: event.data.screenedOn,
        blocking: event.data.blocking,
        findings: event.data.findings.length,
        policies: event.data.policies.map((p) => ({ policyId: p.policyId, revision: p.revision })),
      };
    case 'ApplicationWithdrawn':
      return { reason: event.data.reason, withdrawnBy: event.data.withdrawnBy };
    case 'CaseTaken':
      return { preparedBy: event.data.preparedBy };
    case 'SupplementRequested':
      return { requestId: event.data.requestId, question: event.data.question, dueDate: event.data.dueDate };
    case 'RecommendationMade':
      return {
        recommendation: event.data.recommendation,
        amountSek: event.data.terms?.amountSek ?? null,
        basedOnRevision: event.data.basedOnRevision,
        override: event.data.override !== null,
      };
    case 'DecidedUnderDelegation':
      return { decision: event.data.decision, amountSek: event.data.terms?.amountSek ?? null, decidedOn: event.data.decidedOn };
    case 'BoardDecisionTookEffect':
      return {
        meetingId: event.data.meetingId,
        itemNo: event.data.itemNo,
        outcome: event.data.outcome,
        meetingDate: event.data.meetingDate,
        attestedOn: event.data.attestedOn,
      };
  }
}

export function summariseMeetingEvent(event: CaseMeetingEvent, kind: AgendaItemAdded['data']['kind']): Record<string, unknown> {
  const item = { meetingId: event.data.meetingId, itemNo: event.data.itemNo };
  switch (event.type) {
    case 'AgendaItemAdded':
    case 'AgendaItemRemoved':
      return { ...item, kind };
    case 'AgendaItemOpened':
    case 'AgendaItemClosed':
      return item;
    case 'RecusalDeclared':
      return { ...item, personId: event.data.personId, reason: event.data.reason };
    case 'VoteCast':
      return { ...item, personId: event.data.personId, vote: event.data.vote, replacing: event.data.replacing };
    case 'OutcomeRecorded':
      return { ...item, outcome: event.data.outcome, amended: event.data.amended, tally: event.data.tally };
  }
}
