import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { todayOf } from '../../today.js';
import { requireItem, requireOpenMeeting, requirePresiding } from '../meeting.guards.js';
import type { ParagraphAttestedImmediately } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';
import { generateMinutes } from '../minutes/generate-minutes.js';
import { canonicalJson } from '../minutes/minutes-hash.js';
import { createHash } from 'node:crypto';

const sha256Of = (value: unknown): string => createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
import { attestedDecisionOf } from '../attesting-minutes/attested-decisions.js';

/** The presiding member is the actor; the adjuster the meeting chose signs with them, at the meeting. */
export type AttestParagraphImmediately = Command<'AttestParagraphImmediately', { meetingId: string; itemNo: number }>;

/**
 * Omedelbar justering: the meeting attests one decided paragraph at once, written out before it
 * does, so that decision stands (and can be acted on) before the rest of the minutes are attested.
 */
export function attestParagraphImmediately(command: AttestParagraphImmediately, state: MeetingState): ParagraphAttestedImmediately[] {
  const { meetingId, itemNo } = command.data;
  const meeting = requireOpenMeeting(state);
  const item = requireItem(meeting, itemNo);
  requirePresiding(meeting, item, command.metadata.actor.userId);
  const decision = attestedDecisionOf(item);
  if (decision === null) throw new DomainRuleError('OUTCOME_MISSING', `Item ${itemNo} has no decision to attest`, { itemNo });
  if (item.attestedImmediately !== null) throw new DomainRuleError('ALREADY_ATTESTED', `§ ${itemNo} is already attested`, { itemNo });
  const paragraph = generateMinutes(meeting).paragraphs.find((p) => p.itemNo === itemNo);
  return [
    {
      type: 'ParagraphAttestedImmediately',
      data: {
        meetingId,
        itemNo,
        meetingDate: meeting.date,
        attestedOn: todayOf(command.metadata),
        presidingId: command.metadata.actor.userId,
        adjusterId: meeting.adjusterId,
        paragraphSha256: sha256Of(paragraph),
        decision,
      },
    },
  ];
}
