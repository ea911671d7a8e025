import type { EventStore, Upcasters } from '@beslutskedjan/event-store';
import { meetingDecider, meetingStreamId, type MeetingEvent, generateMinutes, minutesSha256 } from '@beslutskedjan/board';
import { DomainRuleError, NotFoundError } from '@beslutskedjan/shared';
import type { NameOf } from '../timeline/case-timeline.types.js';
import type { MinutesDocument } from './minutes.pdf.js';

/** The minutes as the meeting's own events give them, by the same function whose hash the signatories attest. */
export async function loadMinutesDocument(
  store: EventStore,
  upcasters: Upcasters,
  tenant: string,
  meetingId: string,
  nameOf: NameOf,
  printedAt: string,
): Promise<MinutesDocument> {
  const events = (await store.readStream(meetingStreamId(tenant, meetingId))).map((e) => upcasters.apply(e) as unknown as MeetingEvent);
  const state = events.reduce(meetingDecider.evolve, meetingDecider.initialState());
  if (state.status === 'none') throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${meetingId} in this förbund`);
  if (state.status !== 'closed' && state.status !== 'attested')
    throw new DomainRuleError('MEETING_NOT_CLOSED', 'Minutes exist once the meeting is closed');
  const minutes = generateMinutes(state);
  return {
    minutes,
    sha256: minutesSha256(minutes),
    signatures: state.signatures,
    attested: state.status === 'attested',
    attestedOn: state.status === 'attested' ? state.attestedOn : null,
    postedOn: state.status === 'attested' ? (state.notice?.postedOn ?? null) : null,
    nameOf,
    printedAt,
  };
}
