/** What an operator (or a test) can ask of whichever dispatcher runs the reminders. */
export interface ReconcileReport {
  mode: 'bullmq' | 'embedded';
  /** Pending intents in the schedule that are still worth sending. */
  pending: number;
  /** Jobs added for intents the queue lacked. */
  added: number;
  /** Jobs removed because their intent is gone (cancelled, delivered, lapsed or unknown). */
  removed: number;
  /** Jobs that were already right. */
  kept: number;
}

export interface ReconcileScope {
  tenant?: string | undefined;
}

export interface ReminderDispatch {
  readonly mode: 'bullmq' | 'embedded';
  /** Follows schedule changes since the last call: new intents become jobs, vanished ones are removed. */
  sync(): Promise<{ added: number; removed: number }>;
  /**
   * Rebuilds the queue from the schedule projection: adds missing jobs, removes obsolete ones. With a
   * tenant, only that förbund's reminders and jobs are looked at, counted or touched.
   */
  reconcile(scope?: ReconcileScope): Promise<ReconcileReport>;
  /** Runs (or makes runnable) every reminder whose due time has come by the injected clock. */
  promoteDue(): Promise<number>;
}

export interface ReminderJobData {
  tenant: string;
  intentId: string;
  kind: string;
  dueAt: string;
}

/** Intent ids are unique within a tenant; BullMQ job ids must be unique in the queue and free of ':'. */
export const jobIdOf = (tenant: string, intentId: string) => `${tenant}/${intentId}`;
