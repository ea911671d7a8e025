import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { afterWrites, noteWrite } from '../../../lib/api/read-your-writes';
import type { RegisteredMember } from '../../../lib/api/views';
import type { BoardAppointmentView } from '@beslutskedjan/board';

export type Appointment = BoardAppointmentView & { name: string };

export const useListBoardAppointments = () =>
  useQuery({
    queryKey: ['board', 'appointments'],
    queryFn: async () =>
      unwrap(await api.GET('/api/board/appointments', { params: { query: afterWrites() as never } })) as unknown as {
        appointments: Appointment[];
      },
  });

export const useGetBoardComposition = (date: string | null) =>
  useQuery({
    queryKey: ['board', 'on', date ?? 'today'],
    queryFn: async () =>
      unwrap(await api.GET('/api/board', { params: { query: { ...afterWrites(), ...(date ? { date } : {}) } as never } })) as unknown as {
        date: string;
        seats: BoardAppointmentView[];
      },
  });

export const useListMembers = () =>
  useQuery({
    queryKey: ['registers', 'members'],
    queryFn: async () => unwrap(await api.GET('/api/registers/members', {})) as unknown as { members: RegisteredMember[] },
  });

/** After a change the board is read again, so the tables show what the API now holds. */
function useBoardCommand<B>(send: (body: B) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      noteWrite(result);
      return client.invalidateQueries({ queryKey: ['board'] });
    },
  });
}

export interface AppointBody {
  personId: string;
  position: string;
  memberOrganisation: { kind: string; name: string; organisationNumber: string } | undefined;
  substituteFor: string | null;
  termFrom: string;
  termTo: string;
}

export const useAppointBoardMember = () =>
  useBoardCommand<AppointBody>(async (body) => unwrap(await api.POST('/api/board/appointments', { body: body as never })));

export const useEndBoardMembership = () =>
  useBoardCommand<{ appointmentId: string; endedOn: string; reason: string }>(async ({ appointmentId, ...body }) =>
    unwrap(await api.POST('/api/board/appointments/{appointmentId}/end', { params: { path: { appointmentId } }, body: body as never })),
  );
