import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import type { FollowUpReportReviewed } from '../initiative.events.js';
import { active, futureDueDate, planItem, requireText, swedishToday } from '../initiative.guards.js';
import type { InitiativeState } from '../initiative.state.js';

export type ReviewFollowUpReport = Command<
  'ReviewFollowUpReport',
  {
    initiativeId: string;
    n: number;
    verdict: 'accepted' | 'returned';
    comment: string;
    /** Required when returning the report: when the completed report is due. */
    newDueDate?: string | null;
  }
>;

/** The director accepts a submitted report, or returns it for completion with a comment and a new due date. */
export function reviewFollowUpReport(command: ReviewFollowUpReport, state: InitiativeState): FollowUpReportReviewed[] {
  const { initiativeId, n, verdict } = command.data;
  const initiative = active(state, initiativeId);
  const item = planItem(initiative, n);
  if (item.status !== 'submitted') {
    throw new DomainRuleError('NOTHING_TO_REVIEW', `Follow-up item ${n} is ${item.status}; no report waits for review`, {
      initiativeId,
      n,
      itemStatus: item.status,
    });
  }
  const today = swedishToday(command.metadata);
  const given = command.data.newDueDate ?? null;
  let comment = command.data.comment.trim();
  let newDueDate: string | null = null;
  if (verdict === 'returned') {
    comment = requireText(comment, 'COMMENT_REQUIRED', 'The comment on a returned report');
    if (given === null) throw new DomainRuleError('DUE_DATE_REQUIRED', 'A returned report needs a new due date', { initiativeId, n });
    newDueDate = futureDueDate(given, 'newDueDate', today);
  } else if (given !== null) {
    throw new InvalidInputError([{ field: 'newDueDate', message: 'only for a returned report' }]);
  }
  return [
    {
      type: 'FollowUpReportReviewed',
      data: {
        initiativeId,
        n,
        submission: item.submissions,
        verdict,
        comment,
        newDueDate,
        reviewedBy: command.metadata.actor.userId,
        reviewedOn: today,
      },
    },
  ];
}
