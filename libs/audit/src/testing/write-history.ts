import { randomUUID } from 'node:crypto';
import { type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { boardDecider, BOARD_EVENT_SCHEMA_VERSIONS, boardStreamId } from '@beslutskedjan/board';
import { CommandExecutor } from '@beslutskedjan/platform';
import { demoPolicyHistory, policyDecider, POLICY_EVENT_SCHEMA_VERSIONS, policyStreamId } from '@beslutskedjan/policy';

const kommun = { kind: 'kommun' as const, name: 'Exempelstads kommun', organisationNumber: '212000-0142' };

/**
 * A realistic history written the way production writes it, through the CommandExecutor: the
 * demo policy's change history (8 events in `${tenant}/policy-${policyId}`) and three board
 * appointments (3 events in `${tenant}/board`).
 */
export async function writePolicyAndBoardHistory(
  store: EventStore,
  tenant: string,
  options: { policyId?: string; board?: boolean } = {},
): Promise<CommandExecutor> {
  const { policyId = 'asf', board = true } = options;
  const executor = new CommandExecutor(store, new Upcasters());
  const context = (actor: { userId: string; role: 'director' | 'chair' | 'admin' | 'system' }, now: string) => ({
    tenant,
    actor,
    now,
    correlationId: randomUUID(),
    causationId: null,
  });
  for (const command of demoPolicyHistory()) {
    const data = { ...command.data, policyId };
    await executor.execute({
      streamId: policyStreamId(tenant, policyId),
      decider: policyDecider,
      command: { ...command, data, metadata: { ...command.metadata, tenant } } as typeof command,
      context: context(command.metadata.actor as { userId: string; role: 'director' }, command.metadata.now),
      schemaVersions: POLICY_EVENT_SCHEMA_VERSIONS,
    });
  }
  const seats: Array<[string, 'chair' | 'member']> = board
    ? [
        ['p-chair', 'chair'],
        ['p-m1', 'member'],
        ['p-m2', 'member'],
      ]
    : [];
  for (const [personId, position] of seats) {
    const actor = { userId: 'u-admin', role: 'admin' as const };
    const now = '2023-01-02T09:00:00.000Z';
    await executor.execute({
      streamId: boardStreamId(tenant),
      decider: boardDecider,
      command: {
        type: 'AppointBoardMember',
        data: {
          appointmentId: randomUUID(),
          personId,
          position,
          memberOrganisation: kommun,
          substituteFor: null,
          termFrom: '2023-01-01',
          termTo: '2026-12-31',
        },
        metadata: { now, actor, tenant },
      },
      context: context(actor, now),
      schemaVersions: BOARD_EVENT_SCHEMA_VERSIONS,
    });
  }
  return executor;
}
