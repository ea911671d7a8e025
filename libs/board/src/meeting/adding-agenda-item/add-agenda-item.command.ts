import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { meetingNotFound } from '../meeting.guards.js';
import type { AgendaItemAdded, CaseSnapshot } from '../meeting.events.js';
import type { AgendaItemKind, MeetingState } from '../meeting.state.js';

/**
 * The handler snapshots the case; for a 'decision' it must stand recommended (checked on the
 * application side). Items may be added until the meeting is closed.
 */
export type AddAgendaItem = Command<'AddAgendaItem', { meetingId: string; kind: AgendaItemKind; case: CaseSnapshot }>;

export function addAgendaItem(command: AddAgendaItem, state: MeetingState): AgendaItemAdded[] {
  const { meetingId, kind, case: snapshot } = command.data;
  if (state.status === 'none') throw meetingNotFound();
  if (state.status === 'closed' || state.status === 'attested') {
    throw new DomainRuleError('AGENDA_CLOSED', 'The meeting is closed; its agenda cannot change', { meetingId });
  }
  const existing = state.items.find((i) => i.case.applicationId === snapshot.applicationId);
  if (existing !== undefined) {
    throw new DomainRuleError('CASE_ALREADY_ON_AGENDA', `Case ${snapshot.caseNumber} is item ${existing.itemNo}`, {
      applicationId: snapshot.applicationId,
      itemNo: existing.itemNo,
    });
  }
  const itemNo = Math.max(0, ...state.items.map((i) => i.itemNo), ...(state.removedItemNos ?? [])) + 1;
  return [
    {
      type: 'AgendaItemAdded',
      data: { meetingId, itemNo, kind, case: snapshot, addedBy: command.metadata.actor.userId },
    },
  ];
}
