import { Injectable } from '@nestjs/common';
import type { StoredEvent } from '@beslutskedjan/event-store';
import { AutomationReaction, CommandExecutor } from '@beslutskedjan/platform';
import type { Reaction } from '@beslutskedjan/projections';
import type { MinutesAttestationCompleted, ParagraphAttestedImmediately } from '@beslutskedjan/board';
import { applicationDecider } from '../application.decider.js';
import { APPLICATION_EVENT_SCHEMA_VERSIONS, applicationStreamId } from '../application.events.js';
import { fundInitiative } from './fund-initiative.js';
import { commandMetadata, reactionContext } from './reaction-context.js';

const NAME = 'when-minutes-attested-then-decisions-take-effect';

/** Only attested minutes (justerat protokoll), or a paragraph attested at once, make the board's decisions stand. */
@Injectable()
@AutomationReaction()
export class WhenMinutesAttestedThenDecisionsTakeEffect implements Reaction {
  readonly name = NAME;
  readonly handles = ['MinutesAttestationCompleted', 'ParagraphAttestedImmediately'];

  constructor(private readonly executor: CommandExecutor) {}

  async react(event: StoredEvent): Promise<void> {
    // A paragraph attested at once (omedelbar justering) takes effect on its own, before the rest of the minutes.
    const { meetingId, meetingDate, attestedOn, decisions } =
      event.type === 'ParagraphAttestedImmediately'
        ? (({ meetingId, meetingDate, attestedOn, decision }: ParagraphAttestedImmediately['data']) => ({
            meetingId,
            meetingDate,
            attestedOn,
            decisions: [decision],
          }))((event as StoredEvent<string, ParagraphAttestedImmediately['data']>).data)
        : (event as StoredEvent<string, MinutesAttestationCompleted['data']>).data;
    for (const d of decisions) {
      const context = reactionContext(NAME, event, `apply-${d.itemNo}`);
      const streamId = applicationStreamId(context.tenant, d.applicationId);
      await this.executor.execute({
        streamId,
        decider: applicationDecider,
        command: {
          type: 'ApplyBoardDecision',
          data: {
            applicationId: d.applicationId,
            meetingId,
            itemNo: d.itemNo,
            outcome: d.outcome,
            terms: d.terms,
            motivation: d.motivation,
            meetingDate,
            attestedOn,
          },
          metadata: commandMetadata(context),
        },
        context,
        schemaVersions: APPLICATION_EVENT_SCHEMA_VERSIONS,
      });
      if (d.outcome === 'approved' && d.terms) {
        const { state } = await this.executor.load(streamId, applicationDecider);
        await fundInitiative(
          this.executor,
          state,
          d.terms,
          { kind: 'board', meetingId, itemNo: d.itemNo },
          attestedOn,
          reactionContext(NAME, event, `fund-${d.itemNo}`),
        );
      }
    }
  }
}
