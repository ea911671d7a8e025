import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { saveBlob } from '../../../lib/download';
import type { AgendaCandidate, AgendaCandidates, MeetingDetail, MeetingSummary } from '@beslutskedjan/board';

export type { AgendaCandidate, AgendaCandidates, MeetingDetail, MeetingSummary };

/** What the schedule form sends; an empty optional field is sent as none, the API checks the rest. */
export interface ScheduleInput {
  date: string;
  time: string | null;
  label: string;
  location: string | null;
}

const KEYS = {
  meetings: ['plan-meeting', 'meetings'] as const,
  meeting: (meetingId: string) => ['plan-meeting', 'meeting', meetingId] as const,
  candidates: ['plan-meeting', 'candidates'] as const,
};

const position = (minPosition?: string) => (minPosition ? { minPosition } : {}) as never;

const readMeetings = async (minPosition?: string) =>
  unwrap(await api.GET('/api/meetings', { params: { query: position(minPosition) } })) as unknown as { meetings: MeetingSummary[] };
const readMeeting = async (meetingId: string, minPosition?: string) =>
  unwrap(
    await api.GET('/api/meetings/{meetingId}', { params: { path: { meetingId }, query: position(minPosition) } }),
  ) as unknown as MeetingDetail;
const readCandidates = async (minPosition?: string) =>
  unwrap(await api.GET('/api/agenda-candidates', { params: { query: position(minPosition) } })) as unknown as AgendaCandidates;

export const useListMeetingsToPlan = () => useQuery({ queryKey: KEYS.meetings, queryFn: () => readMeetings() });
export const useGetMeetingToPlan = (meetingId: string) =>
  useQuery({ queryKey: KEYS.meeting(meetingId), queryFn: () => readMeeting(meetingId) });
export const useListAgendaCandidates = () => useQuery({ queryKey: KEYS.candidates, queryFn: () => readCandidates() });

export function useScheduleBoardMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ScheduleInput) =>
      unwrap(await api.POST('/api/meetings', { body: body as never })) as unknown as { meetingId: string; position: string },
    onSuccess: async ({ position: at }) => client.setQueryData(KEYS.meetings, await readMeetings(at)),
  });
}

/** After a change of the agenda, both the agenda and the cases waiting for one are read at the command's position. */
function useAgendaChange<V>(meetingId: string, send: (variables: V) => Promise<{ position: string }>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async ({ position: at }) => {
      const [meeting, candidates] = await Promise.all([readMeeting(meetingId, at), readCandidates(at)]);
      client.setQueryData(KEYS.meeting(meetingId), meeting);
      client.setQueryData(KEYS.candidates, candidates);
      await client.invalidateQueries({ queryKey: KEYS.meetings });
    },
  });
}

export const useAddAgendaItem = (meetingId: string) =>
  useAgendaChange(
    meetingId,
    async (body: { applicationId: string; kind: 'decision' | 'reported_delegated_decision' }) =>
      unwrap(await api.POST('/api/meetings/{meetingId}/agenda', { params: { path: { meetingId } }, body: body as never })) as unknown as {
        position: string;
      },
  );

export const useRemoveAgendaItem = (meetingId: string) =>
  useAgendaChange(
    meetingId,
    async (itemNo: number) =>
      unwrap(
        await api.POST('/api/meetings/{meetingId}/agenda/{itemNo}/removal', {
          params: { path: { meetingId, itemNo: String(itemNo) } },
          body: {} as never,
        }),
      ) as unknown as { position: string },
  );

/** The kallelse as a PDF: fetched with the bearer token and handed to the browser as a file. */
export function useDownloadKallelse(meetingId: string) {
  return useMutation({
    mutationFn: async () => {
      const result = await api.GET('/api/meetings/{meetingId}/notice.pdf', { params: { path: { meetingId } }, parseAs: 'blob' });
      saveBlob(unwrap(result as { data?: Blob; error?: unknown; response: Response }), `kallelse-${meetingId}.pdf`);
    },
  });
}
