import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { providerRegisterDecider } from '../registers.deciders.js';
import { PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS, providerRegisterStreamId } from '../registers.events.js';
import { Registers } from '../registers.service.js';
import type { RegisterProvider } from './register-provider.command.js';

export class RegisterProviderEnvelope extends CommandEnvelope<
  Omit<RegisterProvider, 'data'> & { data: Omit<RegisterProvider['data'], 'memberNumbers'> }
> {}

@CommandHandler(RegisterProviderEnvelope)
export class RegisterProviderHandler implements ICommandHandler<RegisterProviderEnvelope, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly registers: Registers,
  ) {}

  async execute({ data, context }: RegisterProviderEnvelope): Promise<CommandResult> {
    const memberNumbers = Object.keys((await this.registers.members(context.tenant)).members);
    const command: RegisterProvider = {
      type: 'RegisterProvider',
      data: { ...data, memberNumbers },
      metadata: { now: context.now, actor: context.actor, tenant: context.tenant },
    };
    return this.executor.execute({
      streamId: providerRegisterStreamId(context.tenant),
      decider: providerRegisterDecider,
      command,
      context,
      schemaVersions: PROVIDER_REGISTER_EVENT_SCHEMA_VERSIONS,
    });
  }
}
