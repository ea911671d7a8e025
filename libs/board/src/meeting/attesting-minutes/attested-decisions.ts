import type { AttestedDecision } from '../meeting.events.js';
import type { AgendaItem, HeldMeeting } from '../meeting.state.js';

export function attestedDecisionOf(item: AgendaItem): AttestedDecision | null {
  if (item.kind !== 'decision' || item.outcome === null) return null;
  return {
    itemNo: item.itemNo,
    applicationId: item.case.applicationId,
    caseNumber: item.case.caseNumber,
    outcome: item.outcome.outcome,
    terms: item.outcome.terms,
    motivation: item.outcome.motivation,
  };
}

/** The decisions the attestation makes stand; a paragraph attested at once has already taken effect. */
export const decisionsToAttest = (meeting: HeldMeeting): AttestedDecision[] =>
  meeting.items.flatMap((item) => {
    const decision = item.attestedImmediately === null ? attestedDecisionOf(item) : null;
    return decision === null ? [] : [decision];
  });
