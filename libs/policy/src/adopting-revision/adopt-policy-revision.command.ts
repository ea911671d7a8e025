import { type Command, DomainRuleError, InvalidInputError, NotFoundError } from '@beslutskedjan/shared';
import { isIsoDate, swedishDateOf } from '../dates.js';
import type { MeetingRef, PolicyRevisionAdopted } from '../policy.events.js';
import { latestAdopted, type PolicyState } from '../policy.state.js';

export type AdoptPolicyRevision = Command<
  'AdoptPolicyRevision',
  {
    policyId: string;
    revision: number;
    /** The board's decision date (YYYY-MM-DD). */
    adoptedOn: string;
    meeting: MeetingRef;
    /** YYYY-MM-DD, on or after `adoptedOn`. */
    effectiveFrom: string;
    note?: string;
  }
>;

/** The board adopts (fastställer) a drafted revision at a meeting. */
export function adoptPolicyRevision(command: AdoptPolicyRevision, state: PolicyState): PolicyRevisionAdopted[] {
  const { policyId, revision, adoptedOn, meeting, effectiveFrom, note } = command.data;
  const today = swedishDateOf(command.metadata.now);
  const invalid = [
    ...(isIsoDate(adoptedOn) ? [] : [{ field: 'adoptedOn', message: 'must be a date YYYY-MM-DD' }]),
    ...(isIsoDate(effectiveFrom) ? [] : [{ field: 'effectiveFrom', message: 'must be a date YYYY-MM-DD' }]),
    ...(today === null ? [{ field: 'metadata.now', message: 'must be an ISO timestamp' }] : []),
  ];
  if (invalid.length > 0 || today === null) throw new InvalidInputError(invalid);

  if (state.status === 'none') throw new NotFoundError('POLICY_NOT_FOUND', `No policy ${policyId}`, { policyId });
  if (state.status === 'retired') {
    throw new DomainRuleError('POLICY_RETIRED', `Policy ${policyId} is retired`, { policyId });
  }
  if (state.adopted.some((v) => v.revision === revision)) {
    throw new DomainRuleError('REVISION_ALREADY_ADOPTED', `Revision ${revision} is already adopted`, { policyId, revision });
  }
  if (!state.drafts.some((d) => d.revision === revision)) {
    throw new NotFoundError('POLICY_REVISION_NOT_FOUND', `Policy ${policyId} has no revision ${revision}`, {
      policyId,
      revision,
    });
  }
  if (meeting.label.trim() === '') {
    throw new DomainRuleError('MEETING_REQUIRED', 'An adoption names the board meeting that decided it');
  }
  if (adoptedOn > today) {
    throw new DomainRuleError('ADOPTION_DATE_IN_FUTURE', `The board cannot have decided on ${adoptedOn} yet`, {
      adoptedOn,
      today,
    });
  }
  if (effectiveFrom < adoptedOn) {
    throw new DomainRuleError('EFFECTIVE_BEFORE_ADOPTION', 'A revision cannot take effect before it is adopted', {
      adoptedOn,
      effectiveFrom,
    });
  }
  // Strictly increasing effective dates keep "which version was in force on D" unambiguous.
  const previous = latestAdopted(state);
  if (previous !== undefined && effectiveFrom <= previous.adoption.effectiveFrom) {
    throw new DomainRuleError(
      'EFFECTIVE_DATE_NOT_AFTER_PREVIOUS',
      `Revision ${previous.revision} already takes effect on ${previous.adoption.effectiveFrom}`,
      { previousRevision: previous.revision, previousEffectiveFrom: previous.adoption.effectiveFrom, effectiveFrom },
    );
  }
  return [
    {
      type: 'PolicyRevisionAdopted',
      data: {
        policyId,
        revision,
        adoptedOn,
        meeting,
        effectiveFrom,
        ...(note === undefined ? {} : { note }),
        adoptedBy: command.metadata.actor.userId,
      },
    },
  ];
}
