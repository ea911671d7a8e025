import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { todayOf } from '../../today.js';
import { meetingNotFound } from '../meeting.guards.js';
import type { MinutesAttestationCompleted, MinutesAttested } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';
import { meetingChairOf } from '../seats.js';
import { decisionsToAttest } from './attested-decisions.js';
import { generateMinutes } from '../minutes/generate-minutes.js';
import { minutesSha256 } from '../minutes/minutes-hash.js';

/**
 * The signer is the actor: the chair or the adjuster (justering). `minutesSha256`, when given, is the
 * hash of the text the signer read: a written reservation motivation may still change the minutes
 * after the meeting, and a signature must cover exactly what was read.
 */
export type AttestMinutes = Command<'AttestMinutes', { meetingId: string; minutesSha256?: string }>;

export function attestMinutes(command: AttestMinutes, state: MeetingState): Array<MinutesAttested | MinutesAttestationCompleted> {
  const { meetingId } = command.data;
  const personId = command.metadata.actor.userId;
  if (state.status === 'none') throw meetingNotFound();
  if (state.status === 'scheduled' || state.status === 'opened') {
    throw new DomainRuleError('MEETING_NOT_CLOSED', 'Minutes are attested after the meeting is closed', { meetingId });
  }
  // The one who chaired the meeting signs: the chair, else the vice chair, else the ordförande för dagen.
  const as = meetingChairOf(state) === personId ? 'chair' : state.adjusterId === personId ? 'adjuster' : null;
  if (as === null) {
    throw new DomainRuleError('NOT_A_SIGNATORY', 'Only the chair and the adjuster attest the minutes', { personId });
  }
  if (state.signatures.some((s) => s.as === as)) {
    throw new DomainRuleError('ALREADY_ATTESTED', `The minutes are already attested by the ${as}`, { personId, as });
  }
  const hash = minutesSha256(generateMinutes(state));
  if (command.data.minutesSha256 !== undefined && command.data.minutesSha256 !== hash) {
    throw new DomainRuleError('MINUTES_CHANGED', 'The minutes have changed since they were read; read them again before attesting', {
      read: command.data.minutesSha256,
      current: hash,
    });
  }
  const attestedOn = todayOf(command.metadata);
  const attested: MinutesAttested = {
    type: 'MinutesAttested',
    data: { meetingId, personId, as, attestedOn, minutesSha256: hash },
  };
  if (state.signatures.length === 0) return [attested];
  return [
    attested,
    { type: 'MinutesAttestationCompleted', data: { meetingId, meetingDate: state.date, attestedOn, decisions: decisionsToAttest(state) } },
  ];
}
