import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MutableRefObject } from 'react';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { paths } from '../../../lib/api/schema';
import type { MeetingDetail, MeetingParticipant } from './views';

export const meetingKey = (meetingId: string) => ['meeting', meetingId] as const;
const participantsKey = (meetingId: string) => ['meeting', meetingId, 'participants'] as const;

/** The meeting from the read model, at least as new as the last change the live stream announced. */
export const useGetBoardMeeting = (meetingId: string, minPosition: MutableRefObject<string | undefined>) =>
  useQuery({
    queryKey: meetingKey(meetingId),
    queryFn: () => readMeeting(meetingId, minPosition.current),
  });

/** The meeting, with the log position it is known to include (for the page, and for measuring). */
export type SeenMeeting = MeetingDetail & { seenPosition: string | null };

async function readMeeting(meetingId: string, minPosition: string | undefined): Promise<SeenMeeting> {
  const detail = unwrap(await api.GET('/api/meetings/{meetingId}', { params: { path: { meetingId }, query: { minPosition } } })) as unknown as MeetingDetail;
  return { ...detail, seenPosition: minPosition ?? null };
}

export const useGetMeetingParticipants = (meetingId: string) =>
  useQuery({
    queryKey: participantsKey(meetingId),
    queryFn: async () =>
      unwrap(await api.GET('/api/meetings/{meetingId}/participants', { params: { path: { meetingId } } })) as unknown as { people: MeetingParticipant[] },
    staleTime: 60_000,
  });

type PostPath = { [P in keyof paths]: paths[P] extends { post: unknown } ? P : never }[keyof paths];
type Body<P extends PostPath> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
type Params<P extends PostPath> = paths[P] extends { post: { parameters: { path: infer A } } } ? A : never;

/**
 * A meeting command. The live stream refreshes every page; this page also reads the meeting at the
 * command's position at once, so the person who acted never sees an older state.
 */
export function useMeetingCommand<P extends PostPath>(meetingId: string, path: P) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ params, body }: { params: Params<P>; body: Body<P> }) => {
      const post = api.POST as unknown as (p: string, init: { params: { path: unknown }; body: unknown }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
      return unwrap(await post(path, { params: { path: params }, body })) as { position: string };
    },
    onSuccess: async ({ position }) => {
      client.setQueryData(meetingKey(meetingId), await readMeeting(meetingId, position));
      await client.invalidateQueries({ queryKey: participantsKey(meetingId) });
    },
  });
}
