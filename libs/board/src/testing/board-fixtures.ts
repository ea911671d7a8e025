import type { CommandMetadata } from '@beslutskedjan/shared';
import type { ApprovalTerms, MemberKind, MemberOrganisation } from '@beslutskedjan/application';
import type { BoardMemberAppointed, BoardSeat } from '../composition/board.events.js';
import type {
  AgendaItemAdded,
  AgendaItemClosed,
  AgendaItemOpened,
  BoardMeetingClosed,
  BoardMeetingOpened,
  BoardMeetingScheduled,
  CaseSnapshot,
  MinutesAttested,
  OutcomeRecorded,
  RecusalDeclared,
  VoteCast,
} from '../meeting/meeting.events.js';
import type { VoteChoice } from '../meeting/meeting.state.js';

export const MEETING_ID = 'm-2024-03';
export const MEETING_DATE = '2024-03-14';
/** 10:00 in Stockholm on the meeting date. */
export const MEETING_NOW = '2024-03-14T09:00:00.000Z';
export const CHAIR = 'p-chair';
export const DIRECTOR = 'u-director';

export const as = (userId: string, role: CommandMetadata['actor']['role'] = 'board_member', now = MEETING_NOW): CommandMetadata => ({
  now,
  actor: { userId, role },
  tenant: 't1',
});

const ORGS: Record<MemberKind, MemberOrganisation> = {
  kommun: { kind: 'kommun', name: 'Exempelstads kommun', organisationNumber: '212000-0001' },
  region: { kind: 'region', name: 'Region Exempel', organisationNumber: '232100-0002' },
  arbetsformedlingen: { kind: 'arbetsformedlingen', name: 'Arbetsförmedlingen', organisationNumber: '202100-2114' },
  forsakringskassan: { kind: 'forsakringskassan', name: 'Försäkringskassan', organisationNumber: '202100-5521' },
};
export const org = (kind: MemberKind): MemberOrganisation => ORGS[kind];

export const seat = (personId: string, position: BoardSeat['position'] = 'member', substituteFor: string | null = null): BoardSeat => ({
  personId,
  position,
  memberOrganisation: org('kommun'),
  substituteFor,
});

/** A chair, `memberCount - 1` members p-m1.., and a personal substitute p-sN for each member and s-chair for the chair. */
export function boardOf(memberCount: number): BoardSeat[] {
  const memberIds = Array.from({ length: memberCount - 1 }, (_, i) => `p-m${i + 1}`);
  return [
    seat(CHAIR, 'chair'),
    ...memberIds.map((id) => seat(id)),
    seat('s-chair', 'substitute', CHAIR),
    ...memberIds.map((id, i) => seat(`p-s${i + 1}`, 'substitute', id)),
  ];
}

export const terms = (amountSek = 250_000): ApprovalTerms => ({
  amountSek,
  period: { from: '2024-04-01', to: '2025-03-31' },
  conditions: ['Lägesrapport varje halvår'],
  followUpPlan: { items: [{ n: 1, kind: 'final_report', dueDate: '2025-04-30' }] },
});

export const caseSnapshot = (overrides: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  applicationId: 'app-1',
  caseNumber: '2024/0042',
  title: 'Handledare på socialt företag',
  preparedBy: DIRECTOR,
  recommendation: 'approve',
  motivation: 'Uppfyller riktlinjerna.',
  terms: terms(),
  ...overrides,
});

export const scheduled = (date = MEETING_DATE): BoardMeetingScheduled => ({
  type: 'BoardMeetingScheduled',
  data: { meetingId: MEETING_ID, date, time: '13:00', label: 'Styrelsemöte mars', location: 'Kommunhuset', scheduledBy: DIRECTOR },
});

export const itemAdded = (
  itemNo: number,
  snapshot: Partial<CaseSnapshot> = {},
  kind: AgendaItemAdded['data']['kind'] = 'decision',
): AgendaItemAdded => ({
  type: 'AgendaItemAdded',
  data: { meetingId: MEETING_ID, itemNo, kind, case: caseSnapshot({ applicationId: `app-${itemNo}`, ...snapshot }), addedBy: DIRECTOR },
});

export const opened = (present: string[], board: BoardSeat[] = boardOf(5), adjusterId = 'p-m1'): BoardMeetingOpened => ({
  type: 'BoardMeetingOpened',
  data: {
    meetingId: MEETING_ID,
    present,
    adjusterId,
    secretaryId: DIRECTOR,
    othersPresent: [],
    attestationDueOn: '2024-03-28',
    board,
    openedBy: CHAIR,
  },
});

export const itemOpened = (itemNo: number): AgendaItemOpened => ({
  type: 'AgendaItemOpened',
  data: { meetingId: MEETING_ID, itemNo, openedBy: CHAIR },
});

export const recusal = (itemNo: number, personId: string, reason = 'Anställd hos utföraren'): RecusalDeclared => ({
  type: 'RecusalDeclared',
  data: { meetingId: MEETING_ID, itemNo, personId, reason },
});

export const voted = (itemNo: number, personId: string, vote: VoteChoice, replacing: string | null = null): VoteCast => ({
  type: 'VoteCast',
  data: { meetingId: MEETING_ID, itemNo, personId, vote, replacing },
});

export const outcomeRecorded = (
  itemNo: number,
  data: Partial<Omit<OutcomeRecorded['data'], 'meetingId' | 'itemNo'>> = {},
): OutcomeRecorded => ({
  type: 'OutcomeRecorded',
  data: {
    meetingId: MEETING_ID,
    itemNo,
    outcome: 'approved',
    terms: terms(),
    amended: false,
    motivation: null,
    tally: { yes: 3, no: 0, abstain: 0 },
    method: 'votering',
    presidingId: CHAIR,
    motionNo: null,
    castingVote: null,
    serving: [],
    votes: [],
    recusals: [],
    quorum: { members: 5, participating: 5, required: 3 },
    board: boardOf(5),
    policy: { policyId: 'asf', revision: 2, title: 'Riktlinjer ASF' },
    recordedBy: CHAIR,
    ...data,
  },
});

export const itemClosed = (itemNo: number): AgendaItemClosed => ({
  type: 'AgendaItemClosed',
  data: { meetingId: MEETING_ID, itemNo, closedBy: CHAIR },
});

export const meetingClosed = (): BoardMeetingClosed => ({
  type: 'BoardMeetingClosed',
  data: { meetingId: MEETING_ID, closedBy: CHAIR },
});

export const attested = (personId: string, role: 'chair' | 'adjuster', minutesSha256: string): MinutesAttested => ({
  type: 'MinutesAttested',
  data: { meetingId: MEETING_ID, personId, as: role, attestedOn: '2024-03-20', minutesSha256 },
});

/** The five seats of `boardOf(5)` with a vote. */
export const FIVE = [CHAIR, 'p-m1', 'p-m2', 'p-m3', 'p-m4'];

export const appointed = (overrides: Partial<BoardMemberAppointed['data']> = {}): BoardMemberAppointed => ({
  type: 'BoardMemberAppointed',
  data: {
    appointmentId: 'a-1',
    personId: 'p-1',
    position: 'member',
    memberOrganisation: org('kommun'),
    substituteFor: null,
    termFrom: '2023-01-01',
    termTo: '2026-12-31',
    appointedBy: 'u-admin',
    ...overrides,
  },
});

/** A scheduled meeting with a decision (item 1) and a reported delegated decision (item 2), opened with `present`. */
export const inSession = (present: string[] = FIVE, board: BoardSeat[] = boardOf(5), adjusterId = 'p-m1') => [
  scheduled(),
  itemAdded(1),
  itemAdded(2, {}, 'reported_delegated_decision'),
  opened(present, board, adjusterId),
];
