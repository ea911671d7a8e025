import { type MeetingEvent, type OutcomeRecorded, formatSek } from '@beslutskedjan/board';
import type { NameOf, TimelineDecision } from './case-timeline.types.js';
import type { Described } from './describe-case-event.js';
import { MOTION_TEXT, OUTCOME_TEXT, POSITION_TEXT, VOTE_TEXT } from './swedish-words.js';

export interface MeetingInfo {
  meetingId: string;
  date: string | null;
  label: string | null;
}

const meetingName = (m: MeetingInfo) => m.label ?? (m.date === null ? 'styrelsemöte' : `styrelsemöte ${m.date}`);

/** The board's decision as OutcomeRecorded holds it, with every person named through the directory. */
export function boardDecision(data: OutcomeRecorded['data'], meeting: MeetingInfo, nameOf: NameOf): TimelineDecision {
  return {
    by: 'board',
    outcome: data.outcome,
    outcomeText: OUTCOME_TEXT[data.outcome],
    amountSek: data.terms?.amountSek ?? null,
    amount: data.terms ? formatSek(data.terms.amountSek) : null,
    period: data.terms?.period ?? null,
    conditions: data.terms?.conditions ?? [],
    motivation: data.motivation,
    policy: data.policy,
    meeting: { meetingId: meeting.meetingId, date: meeting.date, label: meeting.label, itemNo: data.itemNo },
    board: data.board.map((s) => ({
      personId: s.personId,
      name: nameOf(s.personId),
      position: s.position,
      positionText: POSITION_TEXT[s.position],
      memberOrganisation: s.memberOrganisation.name,
      substituteFor: s.substituteFor,
    })),
    votes: data.votes.map((v) => ({
      personId: v.personId,
      name: nameOf(v.personId),
      vote: v.vote,
      voteText: VOTE_TEXT[v.vote],
      replacing: v.replacing,
    })),
    recusals: data.recusals.map((r) => ({ personId: r.personId, name: nameOf(r.personId), reason: r.reason })),
    tally: data.tally,
    quorum: data.quorum,
    decidedBy: { userId: data.recordedBy, name: nameOf(data.recordedBy) },
  };
}

/** What a meeting event means for one case, in Swedish. */
export function describeMeetingEvent(event: MeetingEvent, meeting: MeetingInfo, nameOf: NameOf): Described {
  switch (event.type) {
    case 'AgendaItemAdded': {
      const d = event.data;
      return d.kind === 'decision'
        ? { summary: `Ärendet fördes upp på dagordningen för ${meetingName(meeting)} (§ ${d.itemNo})`, motivation: null }
        : { summary: `Delegationsbeslutet anmäldes till ${meetingName(meeting)} (§ ${d.itemNo})`, motivation: null };
    }
    case 'AgendaItemRemoved':
      return {
        summary: `§ ${event.data.itemNo} togs bort från dagordningen för ${meetingName(meeting)} före sammanträdet`,
        motivation: null,
      };
    case 'AgendaItemOpened':
      return { summary: `§ ${event.data.itemNo} togs upp vid ${meetingName(meeting)}`, motivation: null };
    case 'RecusalDeclared':
      return { summary: `Jäv anmält av ${nameOf(event.data.personId)}`, motivation: event.data.reason };
    case 'VoteCast': {
      const d = event.data;
      const replacing = d.replacing === null ? '' : `, ersättare för ${nameOf(d.replacing)}`;
      return { summary: `Röst vid votering: ${VOTE_TEXT[d.vote]} (${nameOf(d.personId)}${replacing})`, motivation: null };
    }
    case 'OutcomeRecorded': {
      const d = event.data;
      const what = d.outcome === 'approved' && d.terms ? `bifall ${formatSek(d.terms.amountSek)}` : OUTCOME_TEXT[d.outcome];
      const how = d.method === 'votering' ? 'efter votering' : 'med acklamation';
      return {
        summary: `Beslut ${how}: ${what}${d.amended ? ' (ändrade villkor)' : ''}${d.castingVote ? ', avgjort med ordförandens utslagsröst' : ''}`,
        motivation: d.motivation,
        policies: d.policy ? [d.policy] : [],
      };
    }
    case 'AgendaItemClosed':
      return { summary: `§ ${event.data.itemNo} avslutades`, motivation: null };
    case 'MinutesAttested': {
      const as = event.data.as === 'chair' ? 'ordföranden' : 'justeraren';
      return { summary: `Protokollet justerades av ${as} ${nameOf(event.data.personId)}`, motivation: null };
    }
    case 'MinutesAttestationCompleted':
      return { summary: `Protokollet från ${meetingName(meeting)} justerades den ${event.data.attestedOn}`, motivation: null };
    case 'ParagraphAttestedImmediately':
      return { summary: `§ ${event.data.itemNo} justerades omedelbart den ${event.data.attestedOn}`, motivation: null };
    case 'MinutesNoticePosted':
      return {
        summary: `Justeringen tillkännagavs på anslagstavlan den ${event.data.postedOn}; sista dag att överklaga är ${event.data.appealEndsOn}`,
        motivation: null,
      };
    case 'AppealRegistered':
      return { summary: `Beslutet har överklagats till ${event.data.court} (mål nr ${event.data.courtCaseNumber})`, motivation: null };
    case 'MotionMoved':
      return { summary: `${nameOf(event.data.personId)} yrkade ${MOTION_TEXT[event.data.kind]}`, motivation: event.data.motivation };
    case 'QuestionPut':
      return { summary: `Ordföranden ${nameOf(event.data.presidingId)} ställde proposition`, motivation: null };
    case 'VoteringRequested':
      return { summary: `${nameOf(event.data.personId)} begärde votering`, motivation: null };
    case 'ReservationRecorded':
      return { summary: `${nameOf(event.data.personId)} reserverade sig mot beslutet`, motivation: event.data.motivation };
    case 'ProtocolNoteRecorded':
      return { summary: `Protokollsanteckning av ${nameOf(event.data.personId)}`, motivation: event.data.text };
    case 'ChairForTheDayChosen':
      return { summary: `${nameOf(event.data.personId)} valdes till ordförande för dagen`, motivation: null };
    case 'BoardMeetingScheduled':
      return { summary: `${meetingName(meeting)} planerades`, motivation: null };
    case 'BoardMeetingOpened':
      return { summary: `${meetingName(meeting)} öppnades`, motivation: null };
    case 'BoardMeetingClosed':
      return { summary: `${meetingName(meeting)} avslutades`, motivation: null };
  }
}
