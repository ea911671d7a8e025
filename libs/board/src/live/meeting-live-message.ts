import type { MessageEvent } from '@nestjs/common';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { FollowedItem } from '@beslutskedjan/platform';
import { InvalidInputError } from '@beslutskedjan/shared';

/** How soon a browser's EventSource reconnects after a dropped connection (ms). */
export const RECONNECT_MS = 1000;

/**
 * A change to the meeting. It names what happened and where, never the payload: how a member
 * voted stays out of the live stream (the read model decides what a role may see), and the
 * client refetches the meeting with `minPosition` to see the change.
 */
export interface MeetingChange {
  kind: 'change';
  /** The event type, e.g. `VoteCast`. */
  type: string;
  /** Global position, also the SSE `id`; a string because it may exceed 2^53. */
  position: string;
  /** The event's revision in the meeting's stream. */
  revision: number;
  /** The agenda item it concerns, if any. */
  itemNo: number | null;
  occurredAt: string;
  /** Pass to `getBoardMeeting` to read the meeting including this change. */
  minPosition: string;
}

/** Sent once per connection, after the catch-up: the client is up to date as of `position`. */
export interface MeetingStreamReady {
  kind: 'ready';
  position: string;
  minPosition: string;
}

export type MeetingLiveData = MeetingChange | MeetingStreamReady;

export function toMeetingChange(event: StoredEvent): MeetingChange {
  const data = event.data as { itemNo?: unknown } | null;
  const position = event.position.toString();
  return {
    kind: 'change',
    type: event.type,
    position,
    revision: event.revision,
    itemNo: typeof data?.itemNo === 'number' ? data.itemNo : null,
    occurredAt: event.metadata.occurredAt,
    minPosition: position,
  };
}

/** Every message has the position as its id, so `Last-Event-ID` resumes right after it. */
export function toSseMessage(item: FollowedItem): MessageEvent {
  if (item.kind === 'event') {
    const data: MeetingLiveData = toMeetingChange(item.event);
    return { id: data.position, data };
  }
  const position = item.position.toString();
  const data: MeetingLiveData = { kind: 'ready', position, minPosition: position };
  return { id: position, retry: RECONNECT_MS, data };
}

/** `Last-Event-ID` as a position; absent or empty means a fresh connection. */
export function parseLastEventId(header: string | string[] | undefined): bigint | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return null;
  if (!/^\d{1,20}$/.test(value.trim())) {
    throw new InvalidInputError([{ field: 'Last-Event-ID', message: 'must be the id of a message from this stream' }]);
  }
  return BigInt(value.trim());
}
