import { Inject, Injectable } from '@nestjs/common';
import { type StoredEvent, EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { AutomationReaction, UPCASTERS, type AppConfig, APP_CONFIG } from '@beslutskedjan/platform';
import type { Reaction } from '@beslutskedjan/projections';
import { boardRulesFor } from '../board-rules.js';
import { meetingDecider } from '../meeting/meeting.decider.js';
import { meetingStreamId, type MeetingEvent, type MinutesAttestationCompleted } from '../meeting/meeting.events.js';
import { generateMinutes } from '../meeting/minutes/generate-minutes.js';
import { minutesSha256 } from '../meeting/minutes/minutes-hash.js';
import { BoardDocumentThreads } from '../documents/board-document-threads.js';

const NAME = 'when-minutes-attested-then-archive';

/**
 * Attested minutes are a public record (allmän handling): frozen once, as PDF/A, with the names as
 * they stood that day and the hash of the events behind them. A later change or erasure in the
 * people directory never reaches the frozen document.
 */
@Injectable()
@AutomationReaction()
export class WhenMinutesAttestedThenArchive implements Reaction {
  readonly name = NAME;
  readonly handles = ['MinutesAttestationCompleted'];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly documents: BoardDocumentThreads,
  ) {}

  async react(event: StoredEvent): Promise<void> {
    const { meetingId, attestedOn } = (event as StoredEvent<string, MinutesAttestationCompleted['data']>).data;
    const tenant = event.metadata.tenant;
    const events = (await this.store.readStream(meetingStreamId(tenant, meetingId)))
      .filter((e) => e.revision <= event.revision)
      .map((e) => this.upcasters.apply(e));
    const state = events
      .map((e) => ({ type: e.type, data: e.data }) as MeetingEvent)
      .reduce(meetingDecider.evolve, meetingDecider.initialState());
    if (state.status !== 'attested') return;
    const minutes = generateMinutes(state);
    const ids = new Set<string>([
      ...state.board.map((s) => s.personId),
      ...state.othersPresent.map((o) => o.personId),
      ...(state.secretaryId ? [state.secretaryId] : []),
    ]);
    const names = Object.fromEntries([...ids].map((id) => [id, this.people.get(tenant, id)?.displayName ?? id]));
    const record = {
      meetingId,
      attestedOn,
      archivedAt: event.metadata.occurredAt,
      minutesSha256: minutesSha256(minutes),
      eventsSha256: event.metadata.hash ?? '',
      names,
    };
    // Laid out (pdfkit, synchronous) and written on a thread: a long meeting's minutes never hold the loop.
    await this.documents.archiveMinutes({
      dataDir: this.config.dataDir,
      tenant,
      forbundName: boardRulesFor(this.config.boardRules, tenant).forbundName,
      minutes,
      record,
    });
  }
}
