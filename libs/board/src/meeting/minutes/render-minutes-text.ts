import type { Minutes, MinutesParagraph, MinutesSeat } from './minutes.types.js';

/** The minutes as plain Swedish text, e.g. for an e-mail or a PDF; people appear by id. */
export function renderMinutesText(minutes: Minutes): string {
  const seat = (s: MinutesSeat) => `- ${s.personId}, ${s.positionText} (${s.memberOrganisation})`;
  return [
    `${minutes.heading} – ${minutes.label}`,
    `Datum: ${minutes.date}${minutes.location === null ? '' : `, ${minutes.location}`}`,
    '',
    `${minutes.chair.heading}: ${minutes.chair.personId ?? '–'}`,
    `${minutes.adjuster.heading}: ${minutes.adjuster.personId}`,
    '',
    minutes.attendance.heading,
    ...minutes.attendance.present.map(seat),
    ...minutes.paragraphs.flatMap((p) => ['', ...paragraphText(p)]),
  ].join('\n');
}

function paragraphText(p: MinutesParagraph): string[] {
  const { decision, voting, recusals } = p;
  return [
    `${p.heading} ${p.caseNumber} ${p.title}`,
    `${p.recommendation.text}. ${p.recommendation.motivation}`,
    ...(recusals.entries.length === 0 ? [] : [recusals.heading, ...recusals.entries.map((r) => `- ${r.personId}: ${r.reason}`)]),
    ...(voting === null
      ? []
      : [`${voting.heading}: ${voting.tally.approve} bifall, ${voting.tally.reject} avslag, ${voting.tally.abstain} avstår`]),
    decision.heading,
    decision.text,
    ...(decision.terms === null
      ? []
      : [
          `Belopp: ${decision.terms.amount}${decision.amended ? ' (ändrade villkor)' : ''}`,
          `Period: ${decision.terms.period}`,
          ...decision.terms.conditions.map((c) => `Villkor: ${c}`),
        ]),
    ...(decision.motivation === null ? [] : [`Motivering: ${decision.motivation}`]),
    ...(decision.policy === null ? [] : [`Riktlinje: ${decision.policy.title} (version ${decision.policy.revision})`]),
  ];
}
