import type { Upcaster } from '@beslutskedjan/event-store';

/** v1 meeting events as they landed on main before the procedure in law (issue 11). */
export interface BoardMeetingOpenedV1 {
  meetingId: string;
  present: string[];
  adjusterId: string;
  board: unknown[];
  openedBy: string;
}
export interface VoteCastV1 {
  meetingId: string;
  itemNo: number;
  personId: string;
  vote: 'approve' | 'reject' | 'abstain';
  replacing: string | null;
}
type TallyV1 = { approve: number; reject: number; abstain: number };
export interface OutcomeRecordedV1 {
  meetingId: string;
  itemNo: number;
  outcome: string;
  votes: VoteCastV1[];
  tally: TallyV1;
  recordedBy: string;
  [other: string]: unknown;
}

/** The old model voted for or against approving the recommendation: a yes was for approval. */
const voteV1ToV2 = (vote: VoteCastV1['vote']): 'yes' | 'no' | 'abstain' =>
  vote === 'approve' ? 'yes' : vote === 'reject' ? 'no' : 'abstain';

/** v1 kept no secretary and no others present: the minutes of those meetings name none. */
const openedV1ToV2: Upcaster = {
  type: 'BoardMeetingOpened',
  fromVersion: 1,
  upcast: (data) => ({ ...(data as BoardMeetingOpenedV1), secretaryId: null, othersPresent: [], attestationDueOn: null }),
};

const voteCastV1ToV2: Upcaster = {
  type: 'VoteCast',
  fromVersion: 1,
  upcast: (data) => {
    const d = data as VoteCastV1;
    return { ...d, vote: voteV1ToV2(d.vote) };
  },
};

/**
 * v1 outcomes always followed a vote by every member and were recorded by the chair, with no
 * question put: they read as a votering presided by the recorder, on no numbered motion.
 */
const outcomeV1ToV2: Upcaster = {
  type: 'OutcomeRecorded',
  fromVersion: 1,
  upcast: (data) => {
    const d = data as OutcomeRecordedV1;
    const votes = d.votes.map((v) => ({ ...v, vote: voteV1ToV2(v.vote) }));
    return {
      ...d,
      votes,
      tally: { yes: d.tally.approve, no: d.tally.reject, abstain: d.tally.abstain },
      method: votes.length > 0 ? 'votering' : 'acclamation',
      presidingId: d.recordedBy,
      motionNo: null,
      castingVote: null,
      serving: votes.map((v) => ({ seat: v.replacing ?? v.personId, personId: v.personId })),
    };
  },
};

/** v1 meetings had no time of day; their kallelse says none. */
const scheduledV1ToV2: Upcaster = {
  type: 'BoardMeetingScheduled',
  fromVersion: 1,
  upcast: (data) => ({ ...(data as Record<string, unknown>), time: null }),
};

/** Register with the API's and the worker's upcasters, so every reader sees the current shapes. */
export const meetingUpcasters: readonly Upcaster[] = [scheduledV1ToV2, openedV1ToV2, voteCastV1ToV2, outcomeV1ToV2];
