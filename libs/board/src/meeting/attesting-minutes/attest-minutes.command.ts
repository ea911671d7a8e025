import type { Command } from '../../../../shared/src/decider.js';
import { DomainRuleError } from '../../../../shared/src/errors.js';
import { chairOf } from '../../composition/composition-on.js';
import { todayOf } from '../../today.js';
import { meetingNotFound } from '../meeting.guards.js';
import type { MinutesAttestationCompleted, MinutesAttested } from '../meeting.events.js';
import type { HeldMeeting, MeetingState } from '../meeting.state.js';
import { generateMinutes } from '../minutes/generate-minutes.js';
import { minutesSha256 } from '../minutes/minutes-hash.js';

/** The signer is the actor: the chair or the adjuster (justering). */
export type AttestMinutes = Command<'AttestMinutes', { meetingId: string }>;

export function attestMinutes(command: AttestMinutes, state: MeetingState): Array<MinutesAttested | MinutesAttestationCompleted> {
  const { meetingId } = command.data;
  const personId = command.metadata.actor.userId;
  if (state.status === 'none') throw meetingNotFound();
  if (state.status === 'scheduled' || state.status === 'opened') {
    throw new DomainRuleError('MEETING_NOT_CLOSED', 'Minutes are attested after the meeting is closed', { meetingId });
  }
  const as = chairOf(state.board)?.personId === personId ? 'chair' : state.adjusterId === personId ? 'adjuster' : null;
  if (as === null) {
    throw new DomainRuleError('NOT_A_SIGNATORY', 'Only the chair and the adjuster attest the minutes', { personId });
  }
  if (state.signatures.some((s) => s.as === as)) {
    throw new DomainRuleError('ALREADY_ATTESTED', `The minutes are already attested by the ${as}`, { personId, as });
  }
  const attestedOn = todayOf(command.metadata);
  const attested: MinutesAttested = {
    type: 'MinutesAttested',
    data: { meetingId, personId, as, attestedOn, minutesSha256: minutesSha256(generateMinutes(state)) },
  };
  if (state.signatures.length === 0) return [attested];
  return [
    attested,
    { type: 'MinutesAttestationCompleted', data: { meetingId, meetingDate: state.date, attestedOn, decisions: decisions(state) } },
  ];
}

function decisions(meeting: HeldMeeting): MinutesAttestationCompleted['data']['decisions'] {
  return meeting.items.flatMap((item) =>
    item.kind === 'decision' && item.outcome !== null
      ? [
          {
            itemNo: item.itemNo,
            applicationId: item.case.applicationId,
            caseNumber: item.case.caseNumber,
            outcome: item.outcome.outcome,
            terms: item.outcome.terms,
            motivation: item.outcome.motivation,
          },
        ]
      : [],
  );
}
