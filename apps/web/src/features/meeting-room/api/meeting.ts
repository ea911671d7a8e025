import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MutableRefObject } from 'react';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { paths } from '../../../lib/api/schema';
import type { MeetingParticipant, MeetingRoomView } from './views';

export const meetingKey = (meetingId: string) => ['meeting', meetingId] as const;
const participantsKey = (meetingId: string) => ['meeting', meetingId, 'participants'] as const;

/** The meeting room's view; folded from the meeting's stream, so it includes every change announced so far. */
export const useGetMeetingRoom = (meetingId: string, minPosition: MutableRefObject<string | undefined>) =>
  useQuery({
    queryKey: meetingKey(meetingId),
    queryFn: () => readRoom(meetingId, minPosition.current),
  });

/** The room, with the log position it is known to include (for the page, and for measuring). */
export type SeenRoom = MeetingRoomView & { seenPosition: string | null };

async function readRoom(meetingId: string, position: string | undefined): Promise<SeenRoom> {
  const room = unwrap(await api.GET('/api/meetings/{meetingId}/room', { params: { path: { meetingId } } })) as unknown as MeetingRoomView;
  return { ...room, seenPosition: position ?? null };
}

export const useGetMeetingParticipants = (meetingId: string) =>
  useQuery({
    queryKey: participantsKey(meetingId),
    queryFn: async () =>
      unwrap(await api.GET('/api/meetings/{meetingId}/participants', { params: { path: { meetingId } } })) as unknown as {
        people: MeetingParticipant[];
      },
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
      const post = api.POST as unknown as (
        p: string,
        init: { params: { path: unknown }; body: unknown },
      ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
      return unwrap(await post(path, { params: { path: params }, body })) as { position: string };
    },
    onSuccess: async ({ position }) => {
      client.setQueryData(meetingKey(meetingId), await readRoom(meetingId, position));
      await client.invalidateQueries({ queryKey: participantsKey(meetingId) });
    },
  });
}
