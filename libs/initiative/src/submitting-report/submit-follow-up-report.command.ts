import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import type { FollowUpReportSubmitted } from '../initiative.events.js';
import { active, planItem, requireText, swedishToday } from '../initiative.guards.js';
import type { InitiativeState } from '../initiative.state.js';

export type SubmitFollowUpReport = Command<
  'SubmitFollowUpReport',
  { initiativeId: string; n: number; text: string; figures: Record<string, number> }
>;

/** The initiative's contact reports on item n (or confirms the registration in Uppföljning Finsam). */
export function submitFollowUpReport(command: SubmitFollowUpReport, state: InitiativeState): FollowUpReportSubmitted[] {
  const { initiativeId, n, figures } = command.data;
  const initiative = active(state, initiativeId);
  const submittedBy = command.metadata.actor.userId;
  if (initiative.funding.contactUserId !== submittedBy) {
    throw new DomainRuleError('NOT_CONTACT', 'Only the contact of the initiative reports on it', { initiativeId });
  }
  const item = planItem(initiative, n);
  if (item.status !== 'due' && item.status !== 'returned') {
    throw new DomainRuleError('REPORT_NOT_EXPECTED', `Follow-up item ${n} is ${item.status}; no report is expected`, {
      initiativeId,
      n,
      itemStatus: item.status,
    });
  }
  const text = requireText(command.data.text, 'TEXT_REQUIRED', 'The report');
  const malformed = Object.entries(figures).flatMap(([key, value]) =>
    Number.isFinite(value) ? [] : [{ field: `figures.${key}`, message: 'must be a number' }],
  );
  if (malformed.length > 0) throw new InvalidInputError(malformed);
  return [
    {
      type: 'FollowUpReportSubmitted',
      data: { initiativeId, n, submission: item.submissions + 1, text, figures, submittedBy, submittedOn: swedishToday(command.metadata) },
    },
  ];
}
