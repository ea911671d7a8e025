import type { ApprovalTerms } from '../../../../application/src/application.types.js';
import type { BoardSeat } from '../../composition/board.events.js';
import { chairOf } from '../../composition/composition-on.js';
import type { AgendaItem, HeldMeeting, Outcome, VoteChoice } from '../meeting.state.js';
import { tally } from '../tally.js';
import { formatSek } from './format-sek.js';
import type { Minutes, MinutesParagraph, MinutesSeat, MinutesTerms } from './minutes.types.js';

const POSITION_TEXT: Record<BoardSeat['position'], string> = {
  chair: 'ordförande',
  member: 'ledamot',
  substitute: 'ersättare',
};

const VOTE_TEXT: Record<VoteChoice, string> = { approve: 'bifall', reject: 'avslag', abstain: 'avstår' };

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
  return {
    schema: 1,
    heading: 'Protokoll',
    meetingId: meeting.meetingId,
    label: meeting.label,
    date: meeting.date,
    location: meeting.location,
    chair: { heading: 'Ordförande', personId: chairOf(meeting.board)?.personId ?? null },
    attendance: {
      heading: 'Närvarande',
      present: meeting.board.filter((s) => meeting.present.includes(s.personId)).map(seat),
      absent: meeting.board.filter((s) => !meeting.present.includes(s.personId)).map(seat),
    },
    adjuster: { heading: 'Justerare', personId: meeting.adjusterId },
    paragraphs: [...meeting.items].sort((a, b) => a.itemNo - b.itemNo).map(paragraph),
  };
}

function paragraph(item: AgendaItem): MinutesParagraph {
  const isDecision = item.kind === 'decision';
  const outcome = item.outcome;
  const decided = isDecision ? (outcome?.outcome ?? 'undecided') : 'noted';
  return {
    heading: `§ ${item.itemNo}`,
    itemNo: item.itemNo,
    kind: item.kind,
    caseNumber: item.case.caseNumber,
    applicationId: item.case.applicationId,
    title: item.case.title,
    preparedBy: item.case.preparedBy,
    recommendation: {
      text: item.case.recommendation === 'approve' ? 'Förslag till beslut: bifall' : 'Förslag till beslut: avslag',
      motivation: item.case.motivation,
      terms: item.case.terms === null ? null : minutesTerms(item.case.terms),
    },
    recusals: { heading: 'Jäv', entries: item.recusals.map((r) => ({ personId: r.personId, reason: r.reason })) },
    voting: isDecision
      ? {
          heading: 'Omröstning',
          tally: tally(item.votes),
          votes: item.votes.map((v) => ({ personId: v.personId, vote: v.vote, voteText: VOTE_TEXT[v.vote], replacing: v.replacing })),
          quorum: outcome?.quorum ?? null,
        }
      : null,
    decision: {
      heading: 'Beslut',
      outcome: decided,
      text: DECISION_TEXT[decided],
      terms: outcome?.terms ? minutesTerms(outcome.terms) : null,
      amended: outcome?.amended ?? false,
      motivation: outcome?.motivation ?? null,
      policy: outcome?.policy ?? null,
    },
  };
}

function minutesTerms(terms: ApprovalTerms): MinutesTerms {
  return {
    amountSek: terms.amountSek,
    amount: formatSek(terms.amountSek),
    period: `${terms.period.from} – ${terms.period.to}`,
    conditions: terms.conditions,
  };
}
