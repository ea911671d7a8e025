import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { memberRegisterDecider } from '../registers.deciders.js';
import { MEMBER_REGISTER_EVENT_SCHEMA_VERSIONS, memberRegisterStreamId } from '../registers.events.js';
import { Registers } from '../registers.service.js';
import type { RegisterMember } from './register-member.command.js';

export class RegisterMemberEnvelope extends CommandEnvelope<
  Omit<RegisterMember, 'data'> & { data: Omit<RegisterMember['data'], 'providerNumbers'> }
> {}

@CommandHandler(RegisterMemberEnvelope)
export class RegisterMemberHandler implements ICommandHandler<RegisterMemberEnvelope, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly registers: Registers,
  ) {}

  async execute({ data, context }: RegisterMemberEnvelope): Promise<CommandResult> {
    const providerNumbers = Object.keys((await this.registers.providers(context.tenant)).providers);
    const command: RegisterMember = {
      type: 'RegisterMember',
      data: { ...data, providerNumbers },
      metadata: { now: context.now, actor: context.actor, tenant: context.tenant },
    };
    return this.executor.execute({
      streamId: memberRegisterStreamId(context.tenant),
      decider: memberRegisterDecider,
      command,
      context,
      schemaVersions: MEMBER_REGISTER_EVENT_SCHEMA_VERSIONS,
    });
  }
}
