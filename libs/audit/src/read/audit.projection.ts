import type Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import type { ApplicationEvent } from '@beslutskedjan/application';
import type { MeetingEvent } from '@beslutskedjan/board';
import { AUDIT_TABLES, createAuditTables } from './audit.schema.js';
import { auditStatements, type AuditStatements } from './audit.statements.js';

/** The ids an event names in its payload, whatever its type (new event types are logged without change here). */
function namedIds(data: unknown): {
  applicationId: string | null;
  meetingId: string | null;
  initiativeId: string | null;
  itemNo: number | null;
} {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    applicationId: text(d.applicationId) ?? text(d.initiativeId),
    meetingId: text(d.meetingId),
    initiativeId: text(d.initiativeId),
    itemNo: typeof d.itemNo === 'number' ? d.itemNo : null,
  };
}

/** The cases a meeting event concerns: its item's case, or every case the attestation covers. */
function casesOf(s: AuditStatements, tenant: string, event: StoredEvent, named: ReturnType<typeof namedIds>): string[] {
  const e = event as unknown as MeetingEvent;
  switch (e.type) {
    case 'AgendaItemAdded':
      return [e.data.case.applicationId];
    case 'AgendaItemOpened':
    case 'RecusalDeclared':
    case 'VoteCast':
    case 'OutcomeRecorded':
    case 'AgendaItemClosed': {
      const item = s.agendaItem.get(tenant, e.data.meetingId, e.data.itemNo);
      return item ? [item.application_id] : [];
    }
    case 'MinutesAttested':
      return s.agendaCases.all(tenant, e.data.meetingId).map((r) => r.application_id);
    case 'MinutesAttestationCompleted':
      return [...new Set(e.data.decisions.map((d) => d.applicationId))];
    default:
      return named.applicationId ? [named.applicationId] : [];
  }
}

/** Keeps the lookups and the decision and recusal tables; all else is in the log row. */
function applyDetails(s: AuditStatements, tenant: string, event: StoredEvent, applicationId: string | null): void {
  const e = event as unknown as ApplicationEvent | MeetingEvent;
  const at = event.metadata.occurredAt;
  switch (e.type) {
    case 'ApplicationSubmitted':
      s.upsertCase.run({ tenant, applicationId: e.data.applicationId, caseNumber: e.data.caseNumber, title: e.data.content.title });
      return;
    case 'ApplicationRevised':
      s.retitleCase.run({ tenant, applicationId: e.data.applicationId, title: e.data.content.title });
      return;
    case 'BoardMeetingScheduled':
      s.upsertMeeting.run({ tenant, meetingId: e.data.meetingId, date: e.data.date, label: e.data.label });
      return;
    case 'AgendaItemAdded':
      s.upsertAgendaItem.run({
        tenant,
        meetingId: e.data.meetingId,
        itemNo: e.data.itemNo,
        applicationId: e.data.case.applicationId,
        kind: e.data.kind,
      });
      return;
    case 'RecusalDeclared':
      s.insertRecusal.run({
        position: event.position,
        tenant,
        personId: e.data.personId,
        meetingId: e.data.meetingId,
        itemNo: e.data.itemNo,
        applicationId,
        reason: e.data.reason,
        at,
      });
      return;
    case 'OutcomeRecorded': {
      if (applicationId === null) return;
      const meeting = s.meeting.get(tenant, e.data.meetingId);
      const d = e.data;
      s.insertDecision.run({
        position: event.position,
        tenant,
        kind: 'board',
        applicationId,
        meetingId: d.meetingId,
        itemNo: d.itemNo,
        outcome: d.outcome,
        amountSek: d.terms?.amountSek ?? null,
        motivation: d.motivation,
        policyId: d.policy?.policyId ?? null,
        policyRevision: d.policy?.revision ?? null,
        policyTitle: d.policy?.title ?? null,
        decidedOn: meeting?.date ?? at.slice(0, 10),
        decidedBy: d.recordedBy,
        at,
      });
      return;
    }
    case 'DecidedUnderDelegation': {
      const d = e.data;
      s.insertDecision.run({
        position: event.position,
        tenant,
        kind: 'delegation',
        applicationId: d.applicationId,
        meetingId: null,
        itemNo: null,
        outcome: d.decision,
        amountSek: d.terms?.amountSek ?? null,
        motivation: d.motivation,
        policyId: d.policy.policyId,
        policyRevision: d.policy.revision,
        policyTitle: d.policy.title,
        decidedOn: d.decidedOn,
        decidedBy: d.decidedBy,
        at,
      });
      return;
    }
    default:
      return;
  }
}

/** The global audit log and the decision and recusal registers, from every event of every stream. */
export const auditProjection: Projection = {
  name: 'audit',
  version: 1,
  tables: AUDIT_TABLES,
  init: createAuditTables,
  apply(db: Database.Database, event: StoredEvent) {
    const s = auditStatements(db);
    const { tenant, occurredAt, actor } = event.metadata;
    const named = namedIds(event.data);
    const cases = casesOf(s, tenant, event, named);
    const applicationId = cases.length === 1 ? (cases[0] ?? null) : named.applicationId;
    s.insertLog.run({
      position: event.position,
      tenant,
      streamId: event.streamId,
      revision: event.revision,
      type: event.type,
      at: occurredAt,
      userId: actor.userId,
      role: actor.role,
      applicationId,
      meetingId: named.meetingId,
      initiativeId: named.initiativeId,
      itemNo: named.itemNo,
    });
    for (const c of cases) s.linkCase.run({ tenant, applicationId: c, position: event.position });
    applyDetails(s, tenant, event, applicationId);
  },
};
