import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { session } from '../../../lib/auth/session';
import { followMeeting, type LiveState, type MeetingLiveData } from './follow-meeting';
import { meetingKey } from './meeting';

type Change = Extract<MeetingLiveData, { kind: 'change' }>;

/**
 * Keeps the meeting page live: each change on the stream reads the meeting again at that change's
 * position. Returns the connection state, the last change (for the live region) and the position
 * ref the meeting query reads.
 */
export function useMeetingLive(meetingId: string) {
  const client = useQueryClient();
  const minPosition = useRef<string | undefined>(undefined);
  const [state, setState] = useState<LiveState>('connecting');
  const [lastChange, setLastChange] = useState<Change | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void followMeeting({
      url: `/api/meetings/${encodeURIComponent(meetingId)}/live`,
      token: () => session.token(),
      signal: controller.signal,
      onState: (next, problem) => {
        setState(next);
        if (problem?.status === 401) session.expire();
      },
      onData: (data) => {
        minPosition.current = data.minPosition;
        if (data.kind === 'change') setLastChange(data);
        void client.invalidateQueries({ queryKey: meetingKey(meetingId), exact: true });
      },
    });
    return () => controller.abort();
  }, [client, meetingId]);
  return { state, lastChange, minPosition };
}
