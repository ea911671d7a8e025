import type { Projection } from '@beslutskedjan/projections';
import { boardProjection } from './board.projection.js';
import { meetingsProjection } from './meetings.projection.js';

export { boardProjection, BOARD_APPOINTMENTS_TABLE } from './board.projection.js';
export { boardOn, listAppointments, toSeats, type BoardAppointmentView } from './board.queries.js';
export { meetingsProjection } from './meetings.projection.js';
export * from './meetings.schema.js';
export * from './meetings.queries.js';
export * from './inbox.queries.js';
export type { InboxTitle } from './inbox.titles.js';

/** The board read models; the inbox also reads the `cases` projection of the application lib. */
export const boardProjections: readonly Projection[] = [boardProjection, meetingsProjection];
