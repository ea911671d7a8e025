import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import { type MeetingEvent, MEETING_EVENT_SCHEMA_VERSIONS } from '@beslutskedjan/board';
import type { ApplicationEvent } from '../application.events.js';
import { APPLICATION_EVENT_SCHEMA_VERSIONS } from '../application.events.js';
import { applyApplicationEvent } from './cases.application-events.js';
import type { Context } from './cases.context.js';
import { applyMeetingEvent } from './cases.meeting-events.js';
import { CASES_TABLES, createCasesTables } from './cases.schema.js';
import { caseStatements } from './cases.statements.js';

const APPLICATION_TYPES: ReadonlySet<string> = new Set(Object.keys(APPLICATION_EVENT_SCHEMA_VERSIONS));
const MEETING_TYPES: ReadonlySet<string> = new Set(Object.keys(MEETING_EVENT_SCHEMA_VERSIONS));

/**
 * One row per application with its place in the approval chain, plus the detail tables the case
 * view needs. Meeting events are folded in through `agenda_cases`, which maps an item to its case.
 */
export const casesProjection: Projection = {
  name: 'cases',
  // v2: a board decision's date is the meeting's date.
  version: 2,
  tables: CASES_TABLES,
  init: createCasesTables,
  apply(db, stored: StoredEvent) {
    const isApplication = APPLICATION_TYPES.has(stored.type);
    if (!isApplication && !MEETING_TYPES.has(stored.type)) return;
    const { tenant, occurredAt, actor } = stored.metadata;
    const ctx: Context = {
      s: caseStatements(db),
      tenant,
      at: occurredAt,
      position: stored.position,
      streamRevision: stored.revision,
      actor,
    };
    if (isApplication) applyApplicationEvent(ctx, { type: stored.type, data: stored.data } as ApplicationEvent);
    else applyMeetingEvent(ctx, { type: stored.type, data: stored.data } as MeetingEvent);
  },
};
