import { Body, Controller, Inject, Param, Post, Headers } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { PEOPLE, PeopleDirectory } from '../../../../people/src/people-directory.js';
import { AllowRoles, CurrentPrincipal } from '../../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../../platform/src/commands/command-context.factory.js';
import { CommandEnvelope } from '../../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandResult } from '../../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../../platform/src/http/validation.js';
import type { Command, Decider, DomainEvent } from '../../../../shared/src/decider.js';
import { NotFoundError } from '../../../../shared/src/errors.js';
import type { Principal, Role } from '../../../../shared/src/identity.js';

type EraseContactDetails = Command<'EraseContactDetails', { userId: string; reason: string }>;
type ContactDetailsErased = DomainEvent<'ContactDetailsErased', { userId: string; erasedBy: string; reason: string }>;

/** Contact details are not part of any public record: they can always be removed, once. */
const contactDecider: Decider<EraseContactDetails, ContactDetailsErased, { erased: boolean }> = {
  decide: (command, state) =>
    state.erased ? [] : [{ type: 'ContactDetailsErased', data: { userId: command.data.userId, erasedBy: command.metadata.actor.userId, reason: command.data.reason } }],
  evolve: () => ({ erased: true }),
  initialState: () => ({ erased: false }),
};

const ROLES: Role[] = ['admin'];
const body = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();
const userIdSchema = z.string().trim().min(1).max(100).regex(/^[^\s/]+$/, 'must be a user id');

class EraseContactEnvelope extends CommandEnvelope<EraseContactDetails> {}

@CommandHandler(EraseContactEnvelope)
export class EraseContactDetailsHandler implements ICommandHandler<EraseContactEnvelope, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
  ) {}

  execute(envelope: EraseContactEnvelope): Promise<CommandResult> {
    const { tenant, now } = envelope.context;
    if (this.people.get(tenant, envelope.data.userId) === null) throw new NotFoundError('PERSON_NOT_FOUND', 'No such person in this förbund');
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

@ApiTags('people')
@Controller('people')
export class EraseContactDetailsHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':userId/contact-erasure')
  @AllowRoles(...ROLES)
  @ApiParam({ name: 'userId' })
  @ApiCommand('eraseContactDetails', 'Remove a person’s e-mail address; allowed also for people named in public records', body)
  handle(@Param('userId') userId: string, @Body() input: unknown, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const data = { userId: parseInput(userIdSchema, userId, 'userId'), reason: parseInput(body, input).reason };
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<EraseContactEnvelope, CommandResult>(new EraseContactEnvelope(data, context));
  }
}
