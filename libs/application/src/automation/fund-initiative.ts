import type { CommandExecutor, CommandContext } from '@beslutskedjan/platform';
import { initiativeDecider, INITIATIVE_EVENT_SCHEMA_VERSIONS, initiativeStreamId, type InitiativeFunded } from '@beslutskedjan/initiative';
import type { ApplicationState } from '../application.state.js';
import type { ApprovalTerms } from '../application.types.js';
import { commandMetadata } from './reaction-context.js';

/** An approval that stands becomes a funded initiative (insats) carrying its follow-up plan. */
export async function fundInitiative(
  executor: CommandExecutor,
  application: ApplicationState,
  terms: ApprovalTerms,
  decidedBy: InitiativeFunded['data']['decidedBy'],
  fundedOn: string,
  context: CommandContext,
): Promise<void> {
  if (application.status === 'none') return;
  const content = application.revisions[application.revisions.length - 1]!.content;
  await executor.execute({
    streamId: initiativeStreamId(context.tenant, application.applicationId),
    decider: initiativeDecider,
    command: {
      type: 'FundInitiative',
      data: {
        initiativeId: application.applicationId,
        applicationId: application.applicationId,
        caseNumber: application.caseNumber,
        title: content.title,
        procuringMember: content.procuringMember,
        terms,
        decidedBy,
        fundedOn,
        contactUserId: application.submittedBy,
      },
      metadata: commandMetadata(context),
    },
    context,
    schemaVersions: INITIATIVE_EVENT_SCHEMA_VERSIONS,
  });
}
