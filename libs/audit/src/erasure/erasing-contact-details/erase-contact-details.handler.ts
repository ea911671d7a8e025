import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { type Command, type Decider, type DomainEvent, NotFoundError } from '@beslutskedjan/shared';

type EraseContactDetails = Command<'EraseContactDetails', { userId: string; reason: string }>;
type ContactDetailsErased = DomainEvent<'ContactDetailsErased', { userId: string; erasedBy: string; reason: string }>;

/** Contact details are not part of any public record: they can always be removed, once. */
const contactDecider: Decider<EraseContactDetails, ContactDetailsErased, { erased: boolean }> = {
  decide: (command, state) =>
    state.erased
      ? []
      : [
          {
            type: 'ContactDetailsErased',
            data: { userId: command.data.userId, erasedBy: command.metadata.actor.userId, reason: command.data.reason },
          },
        ],
  evolve: () => ({ erased: true }),
  initialState: () => ({ erased: false }),
};

export class EraseContactEnvelope extends CommandEnvelope<EraseContactDetails> {}

@CommandHandler(EraseContactEnvelope)
export class EraseContactDetailsHandler implements ICommandHandler<EraseContactEnvelope, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
  ) {}

  execute(envelope: EraseContactEnvelope): Promise<CommandResult> {
    const { tenant, now } = envelope.context;
    if (this.people.get(tenant, envelope.data.userId) === null)
      throw new NotFoundError('PERSON_NOT_FOUND', 'No such person in this förbund');
    this.people.eraseContact(tenant, envelope.data.userId, now);
    return this.executor.execute({
      streamId: `${tenant}/person-contact-${envelope.data.userId}`,
      decider: contactDecider,
      command: envelope.toCommand('EraseContactDetails'),
      context: envelope.context,
      schemaVersions: { ContactDetailsErased: 1 },
    });
  }
}
