import { EventStreamParser } from './event-stream-parser';

/** What the API's streamMeeting sends in `data` (see its OpenAPI description). */
export type MeetingLiveData =
  | { kind: 'change'; type: string; position: string; revision: number; itemNo: number | null; occurredAt: string; minPosition: string }
  | { kind: 'ready'; position: string; minPosition: string };

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface FollowOptions {
  url: string;
  token: () => string | null;
  onData: (data: MeetingLiveData) => void;
  onState: (state: LiveState, problem?: { status: number }) => void;
  signal: AbortSignal;
}

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 15_000;

/**
 * Follows the meeting's live stream and resumes after a dropped connection with Last-Event-ID,
 * so no change is missed. fetch rather than EventSource: the stream needs the bearer token.
 * 401, 403 and 404 stop it (signing in again or another page is the answer, not a retry).
 */
export async function followMeeting({ url, token, onData, onState, signal }: FollowOptions): Promise<void> {
  let lastEventId: string | null = null;
  let retryMs = FIRST_RETRY_MS;
  let failures = 0;
  onState('connecting');
  while (!signal.aborted) {
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      const bearer = token();
      if (bearer) headers.Authorization = `Bearer ${bearer}`;
      if (lastEventId !== null) headers['Last-Event-ID'] = lastEventId;
      const response = await fetch(url, { headers, signal, cache: 'no-store' });
      if ([401, 403, 404].includes(response.status)) {
        onState('stopped', { status: response.status });
        return;
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const parser = new EventStreamParser();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const message of parser.push(value)) {
          if (message.retry !== null) retryMs = message.retry;
          if (message.id !== null) lastEventId = message.id;
          const data = JSON.parse(message.data) as MeetingLiveData;
          if (data.kind === 'ready') {
            failures = 0;
            onState('live');
          }
          onData(data);
        }
      }
    } catch {
      // A dropped or refused connection: resume below from the last id received.
    }
    if (signal.aborted) return;
    failures += 1;
    onState('reconnecting');
    await wait(Math.min(MAX_RETRY_MS, retryMs * 2 ** Math.min(failures - 1, 4)), signal);
  }
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
