/** Why a verification failed at one place in the log. Stable codes: tools and auditors match on them. */
export type BreakReason =
  /** A revision is missing or out of order in the stream (an event was deleted or moved). */
  | 'revision_gap'
  /** The stored hash does not match the event's content (the event was changed). */
  | 'hash_mismatch'
  /** The event's prevHash does not name the event before it (an event was replaced or reordered). */
  | 'chain_broken'
  /** An event without a hash follows hashed events in its stream (hash fields were stripped). */
  | 'hash_missing'
  /** A sealed event no longer exists (a stream was removed or cut short). */
  | 'sealed_event_missing'
  /** A sealed event now carries another hash than the seal recorded. */
  | 'sealed_hash_changed'
  /** A seal does not chain to the seal before it, or is malformed. */
  | 'seal_chain_broken'
  /** An unhashed event after the tenant's genesis (its first hashed event): nothing writes those any more. */
  | 'unhashed_after_genesis'
  /** A stream's last verified event, not yet sealed, is gone (deleted or the stream cut short). */
  | 'verified_event_missing'
  /** A stream's last verified event now carries another hash. */
  | 'verified_hash_changed'
  /** A seal's MAC does not match: made without the seal key. */
  | 'seal_forged'
  /** A seal without a MAC after keyed seals began. */
  | 'seal_unkeyed'
  /**
   * The verified checkpoint's MAC does not match: it was written without the seal key (to claim events as
   * already verified, or to drop a verified head). The walk starts from the beginning instead; an operator's
   * full re-verification replaces the checkpoint.
   */
  | 'checkpoint_forged';

export interface AuditBreak {
  streamId: string;
  /** The revision where the break shows; for a missing sealed event, the revision the seal names. */
  revision: number;
  /** Position (decimal string) of the stored event where the break shows, or of the seal vouching for a missing event. */
  position: string;
  reason: BreakReason;
  detail: string;
}

export interface SealSummary {
  count: number;
  lastSealedAt: string | null;
  /** Copy this outside the system (e.g. into the minutes) to anchor the whole log at that point. */
  lastSealHash: string | null;
  upToPosition: string | null;
}

export interface AuditTrailReport {
  tenant: string;
  ok: boolean;
  checkedEvents: number;
  checkedStreams: number;
  /** Events written before hashing existed: reported, not treated as tampering. */
  unhashed: number;
  /** `incremental`: only events after the last verified checkpoint were walked; `full`: the whole log. */
  mode?: 'full' | 'incremental';
  /** Whether seal MACs were checked (a key was configured). */
  sealsKeyChecked?: boolean;
  seals: SealSummary;
  /** The break with the lowest position. */
  firstBreak?: AuditBreak;
  /** Every break found, in position order (at most MAX_BREAKS). */
  breaks: AuditBreak[];
  breakCount: number;
}

export const MAX_BREAKS = 100;
