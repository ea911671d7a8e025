import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { NotFoundError } from '@beslutskedjan/shared';
import { CommandEnvelope, CommandExecutor, type CommandResult, ReadModels } from '@beslutskedjan/platform';
import type { ErasePersonalData } from './erase-personal-data.command.js';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { refuseIfInPublicRecord } from './public-record.js';
import { personDecider } from './erase-personal-data.command.js';
import { PERSON_EVENT_SCHEMA_VERSIONS, personStreamId } from './personal-data.events.js';

export class ErasePersonalDataEnvelope extends CommandEnvelope<ErasePersonalData> {}

/**
 * Erases first, then records: a failure in between leaves the person erased and a retry records it.
 * The name goes to the decider only to keep it out of the reason; it is never written anywhere.
 */
@CommandHandler(ErasePersonalDataEnvelope)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataEnvelope, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(envelope: ErasePersonalDataEnvelope): Promise<CommandResult> {
    const { tenant, now } = envelope.context;
    const { userId } = envelope.data;
    const person = this.people.get(tenant, userId);
    if (!person) throw new NotFoundError('PERSON_NOT_FOUND', `No person ${userId} in this förbund`, { userId });
    const command = envelope.toCommand('ErasePersonalData');
    const streamId = personStreamId(tenant, userId);
    const checked = { ...command, data: { ...command.data, name: person?.displayName ?? null, email: person?.email ?? null } };
    refuseIfInPublicRecord(await this.readModels.consistentWith(String(await this.store.headPosition())), tenant, userId);
    // Checks the reason before anything is erased.
    personDecider.decide(checked, personDecider.initialState());
    this.people.erase(tenant, userId, now);
    return this.executor.execute({
      streamId,
      decider: personDecider,
      command: checked,
      context: envelope.context,
      schemaVersions: PERSON_EVENT_SCHEMA_VERSIONS,
    });
  }
}
