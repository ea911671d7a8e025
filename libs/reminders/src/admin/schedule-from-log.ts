import Database from 'better-sqlite3';
import type { EventStore, Upcasters } from '@beslutskedjan/event-store';
import type { ReminderTimingsSettings } from '@beslutskedjan/platform';
import { ProjectionRunner } from '@beslutskedjan/projections';
import { reminderScheduleProjection } from '../schedule/reminder-schedule.projection.js';

/** A reminder schedule built from the whole log for one operation, then thrown away. */
export interface OneOffSchedule {
  db: Database.Database;
  /** Stands in for the live runner: "wait for position" means "read on to the head". */
  runner: Pick<ProjectionRunner, 'waitFor'>;
  close(): void;
}

/**
 * The API serves reconcile, an admin's rare repair, but not the schedule itself: the worker keeps
 * that live. Keeping it live in the API too cost every command there (a tenth of a vote's CPU) for
 * a table read only by reconcile, so the API folds the log into a private in-memory schedule
 * when asked, which is the same projection over the same events.
 */
export async function scheduleFromLog(store: EventStore, upcasters: Upcasters, timings?: ReminderTimingsSettings): Promise<OneOffSchedule> {
  const db = new Database(':memory:');
  const projection = new ProjectionRunner(store, db, [reminderScheduleProjection(timings)], upcasters);
  await projection.catchUp();
  return {
    db,
    runner: {
      waitFor: async (position) => {
        if (projection.position < position) await projection.catchUp();
        return projection.position >= position;
      },
    },
    close: () => db.close(),
  };
}

/** Runs `work` against a one-off schedule and always releases it. */
export async function withScheduleFromLog<T>(
  store: EventStore,
  upcasters: Upcasters,
  timings: ReminderTimingsSettings | undefined,
  work: (schedule: OneOffSchedule) => Promise<T> | T,
): Promise<T> {
  const schedule = await scheduleFromLog(store, upcasters, timings);
  try {
    return await work(schedule);
  } finally {
    schedule.close();
  }
}
