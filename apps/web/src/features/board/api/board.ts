import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { MeetingDetail, MeetingSummary } from '@beslutskedjan/board';
import type { MeetingRoomView } from '../../meeting-room/api/views';
import type { MinutesDocument } from './views';

export type { MeetingDetail, MeetingSummary };

export const useListMeetings = () =>
  useQuery({
    queryKey: ['board', 'meetings'],
    queryFn: async () => unwrap(await api.GET('/api/meetings')) as unknown as { meetings: MeetingSummary[] },
  });

const meetingKey = (meetingId: string) => ['board', 'meeting', meetingId] as const;

/** The meeting from the read model; after a command, read it at the command's position so it includes the change. */
const readMeeting = async (meetingId: string, minPosition?: string) =>
  unwrap(
    await api.GET('/api/meetings/{meetingId}', {
      params: { path: { meetingId }, query: (minPosition ? { minPosition } : {}) as never },
    }),
  ) as unknown as MeetingDetail;

export const useGetBoardMeeting = (meetingId: string) =>
  useQuery({ queryKey: meetingKey(meetingId), queryFn: () => readMeeting(meetingId) });

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
    // The hash of the text the signer read goes with the signature; the API refuses it if the minutes have changed since.
    mutationFn: async (minutesSha256: string) =>
      unwrap(
        await api.POST('/api/meetings/{meetingId}/attestations', { params: { path: { meetingId } }, body: { minutesSha256 } as never }),
      ) as unknown as {
        position: string;
      },
    onError: () => client.invalidateQueries({ queryKey: minutesKey(meetingId) }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: minutesKey(meetingId) });
      await client.invalidateQueries({ queryKey: ['board', 'room', meetingId] });
    },
  });
}

/** The kallelse as a PDF; the same download as on the planning page. */
export { useDownloadKallelse as useDownloadNotice } from '../../plan-meeting/api/plan-meeting';

/** The meeting room's view: who chaired the meeting (and signs) and who is the adjuster. */
export const useGetRoom = (meetingId: string) =>
  useQuery({
    queryKey: ['board', 'room', meetingId],
    queryFn: async () =>
      unwrap(await api.GET('/api/meetings/{meetingId}/room', { params: { path: { meetingId } } })) as unknown as MeetingRoomView,
  });

export interface CaseStanding {
  applicationId: string;
  today: string;
  decisions: Array<{
    meetingId: string;
    meetingDate: string;
    itemNo: number;
    outcome: string;
    postedOn: string | null;
    legalForce:
      | { status: 'not_posted' }
      | { status: 'appeal_window'; appealEndsOn: string; legalForceOn: string }
      | { status: 'legal_force'; legalForceOn: string }
      | { status: 'appealed'; court: string; courtCaseNumber: string; outcome: string };
  }>;
}

export const useGetCaseLegalForce = (applicationId: string) =>
  useQuery({
    queryKey: ['board', 'legal-force', applicationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/applications/{applicationId}/legal-force', { params: { path: { applicationId } } }),
      ) as unknown as CaseStanding,
  });

/** Anslag: the office announces the attested minutes on the notice board; the appeal window runs from today. */
export function usePostNotice(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/meetings/{meetingId}/notice', { params: { path: { meetingId } }, body: {} })) as unknown as {
        position: string;
      },
    onSuccess: async ({ position }) => {
      client.setQueryData(meetingKey(meetingId), await readMeeting(meetingId, position));
    },
  });
}
