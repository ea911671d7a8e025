import type { ApprovalTerms } from '@beslutskedjan/application';
import type { BoardSeat } from '../../composition/board.events.js';
import type { MotionKind } from '../meeting.events.js';
import type { AgendaItem, HeldMeeting, Outcome, VoteChoice } from '../meeting.state.js';
import { meetingChairOf, presidingOn, servingOn } from '../seats.js';
import { tally } from '../tally.js';
import { formatSek } from './format-sek.js';
import type { Minutes, MinutesMotion, MinutesParagraph, MinutesSeat, MinutesTerms } from './minutes.types.js';

const POSITION_TEXT: Record<BoardSeat['position'], string> = {
  chair: 'ordförande',
  vice_chair: 'vice ordförande',
  member: 'ledamot',
  substitute: 'ersättare',
};
const VOTE_TEXT: Record<VoteChoice, string> = { yes: 'ja', no: 'nej', abstain: 'avstod' };
const MOTION_TEXT: Record<MotionKind, string> = {
  approve: 'bifall till ansökan',
  approve_amended: 'bifall till ansökan med ändrade villkor',
  reject: 'avslag på ansökan',
  refer_back: 'återremiss av ärendet',
  table: 'bordläggning av ärendet',
};
const DECISION_TEXT: Record<Outcome | 'noted' | 'undecided', string> = {
  approved: 'Styrelsen beslutar att bevilja ansökan.',
  rejected: 'Styrelsen beslutar att avslå ansökan.',
  referred_back: 'Styrelsen beslutar att återremittera ärendet för vidare beredning.',
  tabled: 'Styrelsen beslutar att bordlägga ärendet.',
  noted: 'Anmälan av delegationsbeslutet läggs till handlingarna.',
  undecided: 'Ärendet är inte avgjort.',
};

/** The minutes as they follow from the meeting's events; pure, so both signatories hash the same document. */
export function generateMinutes(meeting: HeldMeeting): Minutes {
  const seat = (s: BoardSeat): MinutesSeat => ({
    personId: s.personId,
    position: s.position,
    positionText: POSITION_TEXT[s.position],
    memberOrganisation: s.memberOrganisation.name,
    substituteFor: s.substituteFor,
  });
  const items = [...meeting.items].sort((a, b) => a.itemNo - b.itemNo);
  const servingSubstitutes = new Set(
    items.flatMap((i) =>
      servingOn(meeting, i)
        .filter((s) => s.substitute)
        .map((s) => s.personId),
    ),
  );
  const present = meeting.board.filter((s) => meeting.present.includes(s.personId));
  return {
    schema: 2,
    heading: 'Protokoll',
    meetingId: meeting.meetingId,
    label: meeting.label,
    date: meeting.date,
    location: meeting.location,
    chair: { heading: 'Ordförande', personId: meetingChairOf(meeting) },
    secretary: { heading: 'Sekreterare', personId: meeting.secretaryId },
    attendance: {
      heading: 'Närvarande',
      present: present.filter((s) => s.position !== 'substitute' || servingSubstitutes.has(s.personId)).map(seat),
      servingSubstitutes: present.filter((s) => servingSubstitutes.has(s.personId)).map(seat),
      othersPresent: meeting.othersPresent,
      absent: meeting.board.filter((s) => !meeting.present.includes(s.personId)).map(seat),
    },
    adjuster: { heading: 'Justerare', personId: meeting.adjusterId },
    paragraphs: items.map((item) => paragraph(meeting, item)),
  };
}

function paragraph(meeting: HeldMeeting, item: AgendaItem): MinutesParagraph {
  const isDecision = item.kind === 'decision';
  const outcome = item.outcome;
  const decided = isDecision ? (outcome?.outcome ?? 'undecided') : 'noted';
  const motions: MinutesMotion[] = item.motions.map((m) => ({
    motionNo: m.motionNo,
    personId: m.personId,
    text: `${m.personId} yrkar ${MOTION_TEXT[m.kind]}${m.motivation === null ? '' : `: ${m.motivation.replace(/[.!]+$/, '')}`}.`,
    terms: m.terms === null ? null : minutesTerms(m.terms),
  }));
  const serving = outcome?.serving.map((s) => ({ ...s, substitute: s.seat !== s.personId })) ?? servingOn(meeting, item);
  return {
    heading: `§ ${item.itemNo}`,
    itemNo: item.itemNo,
    kind: item.kind,
    caseNumber: item.case.caseNumber,
    applicationId: item.case.applicationId,
    title: item.case.title,
    preparedBy: item.case.preparedBy,
    presidingId: outcome?.presidingId ?? presidingOn(meeting, item),
    recommendation: {
      text: item.case.recommendation === 'approve' ? 'Förslag till beslut: bifall' : 'Förslag till beslut: avslag',
      motivation: item.case.motivation,
      terms: item.case.terms === null ? null : minutesTerms(item.case.terms),
    },
    recusals: {
      heading: 'Jäv',
      entries: item.recusals.map((r) => ({
        personId: r.personId,
        reason: r.reason,
        text: `${r.personId} anmäler jäv och deltar inte i handläggningen av ärendet.`,
      })),
    },
    serving: serving.map((s) => ({ seat: s.seat, personId: s.personId, substitute: s.substitute })),
    motions: { heading: 'Yrkanden', entries: motions },
    question: item.question === null ? null : { heading: 'Proposition', text: questionText(item) },
    voting:
      isDecision && item.voteringRequestedBy !== null
        ? {
            heading: 'Omröstning',
            tally: tally(item.votes),
            votes: item.votes.map((v) => ({ personId: v.personId, vote: v.vote, voteText: VOTE_TEXT[v.vote], replacing: v.replacing })),
            castingVote: outcome?.castingVote ?? null,
            text: votingText(item),
          }
        : null,
    quorum: outcome?.quorum ?? null,
    decision: {
      heading: 'Beslut',
      outcome: decided,
      method: outcome?.method ?? null,
      text: DECISION_TEXT[decided],
      terms: outcome?.terms ? minutesTerms(outcome.terms) : null,
      amended: outcome?.amended ?? false,
      motivation: outcome?.motivation ?? null,
      policy: outcome?.policy ?? null,
    },
    reservations: {
      heading: 'Reservationer',
      entries: item.reservations.map((r) => ({ personId: r.personId, motivation: r.motivation, motivationDueOn: r.motivationDueOn })),
    },
    notes: { heading: 'Protokollsanteckningar', entries: item.notes.map((n) => ({ personId: n.personId, text: n.text })) },
    attestedImmediately:
      item.attestedImmediately === null
        ? null
        : { text: 'Paragrafen förklaras omedelbart justerad.', attestedOn: item.attestedImmediately.attestedOn },
  };
}

function proposalText(item: AgendaItem, motionNo: number): string {
  if (motionNo === 0) return `förslaget till beslut (${item.case.recommendation === 'approve' ? 'bifall' : 'avslag'})`;
  const motion = item.motions.find((m) => m.motionNo === motionNo);
  return motion === undefined ? `yrkande ${motionNo}` : `${motion.personId}s yrkande om ${MOTION_TEXT[motion.kind]}`;
}

function questionText(item: AgendaItem): string {
  const q = item.question!;
  const against = q.againstMotionNo === null ? '' : ` mot ${proposalText(item, q.againstMotionNo)}`;
  return `Ordföranden ställer proposition på ${proposalText(item, q.motionNo)}${against} och finner att styrelsen beslutat enligt ${proposalText(item, q.motionNo)}.`;
}

function votingText(item: AgendaItem): string {
  const t = tally(item.votes);
  const base = `Votering begärs och genomförs. Ja-röst för ${proposalText(item, item.question?.motionNo ?? 0)}, nej-röst för ${
    item.question?.againstMotionNo === null || item.question === null
      ? 'avslag på detta'
      : proposalText(item, item.question.againstMotionNo)
  }. Omröstningsresultat: ${t.yes} ja, ${t.no} nej, ${t.abstain} avstod.`;
  const casting = item.outcome?.castingVote;
  return casting ? `${base} Ordföranden använder sin utslagsröst (${casting === 'yes' ? 'ja' : 'nej'}).` : base;
}

function minutesTerms(terms: ApprovalTerms): MinutesTerms {
  return {
    amountSek: terms.amountSek,
    amount: formatSek(terms.amountSek),
    period: `${terms.period.from} – ${terms.period.to}`,
    conditions: terms.conditions,
  };
}
