import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MeetingDetail, MeetingSummary } from '../../../../../../libs/board/src/read/meetings.queries';
import type { MeetingRoomView } from '../../meeting-room/api/views';
import type { MinutesDocument } from './views';

export type { MeetingDetail, MeetingSummary };

export const useListMeetings = () =>
  useQuery({
    queryKey: ['board', 'meetings'],
    queryFn: async () => unwrap(await api.GET('/api/meetings')) as unknown as { meetings: MeetingSummary[] },
  });

export const useGetBoardMeeting = (meetingId: string) =>
  useQuery({
    queryKey: ['board', 'meeting', meetingId],
    queryFn: async () =>
      unwrap(await api.GET('/api/meetings/{meetingId}', { params: { path: { meetingId } } })) as unknown as MeetingDetail,
  });

const minutesKey = (meetingId: string) => ['board', 'minutes', meetingId] as const;

/** The minutes exactly as the API renders and hashes them; the same function the attestation signs. */
export const useGetMinutes = (meetingId: string, enabled: boolean) =>
  useQuery({
    queryKey: minutesKey(meetingId),
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/meetings/{meetingId}/minutes', { params: { path: { meetingId } } })) as unknown as MinutesDocument,
  });

export function useAttestMinutes(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/meetings/{meetingId}/attestations', { params: { path: { meetingId } }, body: {} })) as unknown as {
        position: string;
      },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: minutesKey(meetingId) });
      await client.invalidateQueries({ queryKey: ['board', 'room', meetingId] });
    },
  });
}

/** The kallelse as a PDF. It needs the bearer token, so it is fetched and handed to the browser as a file. */
export function useDownloadNotice(meetingId: string) {
  return useMutation({
    mutationFn: async () => {
      const result = await api.GET('/api/meetings/{meetingId}/notice.pdf', { params: { path: { meetingId } }, parseAs: 'blob' });
      const blob = unwrap(result as { data?: Blob; error?: unknown; response: Response });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `kallelse-${meetingId}.pdf`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}

/** The meeting room's view: who chaired the meeting (and signs) and who is the adjuster. */
export const useGetRoom = (meetingId: string) =>
  useQuery({
    queryKey: ['board', 'room', meetingId],
    queryFn: async () =>
      unwrap(await api.GET('/api/meetings/{meetingId}/room', { params: { path: { meetingId } } })) as unknown as MeetingRoomView,
  });
