import {
  type CommandEnvelope,
  executeOnStream,
  type StreamCommands,
  type CommandExecutor,
  type CommandResult,
} from '@beslutskedjan/platform';
import { applicationDecider, type ApplicationCommand } from '../application.decider.js';
import { APPLICATION_EVENT_SCHEMA_VERSIONS, applicationStreamId } from '../application.events.js';
import { buildFollowUpPlan } from '../follow-up-plan.js';
import type { ApprovalTerms } from '../application.types.js';
import type { z } from 'zod';
import type { termsBody } from '../application.schemas.js';

/** Every application command targets the application's own stream. */
const commands: StreamCommands<
  ApplicationCommand,
  Parameters<typeof applicationDecider.evolve>[1],
  ReturnType<typeof applicationDecider.initialState>
> = {
  decider: applicationDecider,
  schemaVersions: APPLICATION_EVENT_SCHEMA_VERSIONS,
  streamId: (tenant, data) => applicationStreamId(tenant, data.applicationId),
};

export const executeApplicationCommand = <C extends ApplicationCommand>(
  executor: CommandExecutor,
  envelope: CommandEnvelope<C>,
  type: C['type'],
): Promise<CommandResult> => executeOnStream(commands, executor, envelope, type);

/** Explicit follow-up items win; otherwise the plan is built from the period and the interval. */
export function toTerms(body: z.infer<typeof termsBody> | undefined): ApprovalTerms | undefined {
  if (!body) return undefined;
  return {
    amountSek: body.amountSek,
    period: body.period,
    conditions: body.conditions,
    followUpPlan: body.followUpPlan ?? buildFollowUpPlan(body.period, body.progressEveryMonths ?? 6),
  };
}
