import type { Minutes, MinutesParagraph, MinutesSeat } from './minutes.types.js';

/** The minutes as plain Swedish text, e.g. for an e-mail or a PDF; people appear by id, or by name through `name`. */
export function renderMinutesText(minutes: Minutes, name: (personId: string) => string = (id) => id): string {
  const seat = (s: MinutesSeat) =>
    `- ${name(s.personId)}, ${s.positionText} (${s.memberOrganisation})${s.substituteFor === null ? '' : `, ersättare för ${name(s.substituteFor)}`}`;
  const a = minutes.attendance;
  return [
    `${minutes.heading} – ${minutes.label}`,
    `Datum: ${minutes.date}${minutes.location === null ? '' : `, ${minutes.location}`}`,
    '',
    `${minutes.chair.heading}: ${minutes.chair.personId === null ? '–' : name(minutes.chair.personId)}`,
    `${minutes.secretary.heading}: ${minutes.secretary.personId === null ? '–' : name(minutes.secretary.personId)}`,
    `${minutes.adjuster.heading}: ${name(minutes.adjuster.personId)}`,
    '',
    `${a.heading} ledamöter`,
    ...a.present.filter((s) => s.position !== 'substitute').map(seat),
    ...(a.servingSubstitutes.length === 0 ? [] : ['Tjänstgörande ersättare', ...a.servingSubstitutes.map(seat)]),
    ...(a.othersPresent.length === 0 ? [] : ['Övriga närvarande', ...a.othersPresent.map((o) => `- ${name(o.personId)}`)]),
    ...minutes.paragraphs.flatMap((p) => ['', ...paragraphText(p, name)]),
  ].join('\n');
}

export function paragraphText(p: MinutesParagraph, name: (personId: string) => string = (id) => id): string[] {
  const { decision, voting, recusals } = p;
  // The minutes' own sentences name people by id (they are what is hashed); a reader sees names.
  const ids = [
    ...new Set([...p.serving.flatMap((s) => [s.seat, s.personId]), ...p.motions.entries.flatMap((m) => (m.personId ? [m.personId] : []))]),
  ].sort((a, b) => b.length - a.length);
  const named = (text: string) => ids.reduce((t, id) => t.split(id).join(name(id)), text);
  const substitutes = p.serving.filter((s) => s.substitute);
  return [
    `${p.heading} ${p.caseNumber} ${p.title}`,
    `${p.recommendation.text}. ${p.recommendation.motivation}`,
    ...(recusals.entries.length === 0
      ? []
      : [
          recusals.heading,
          ...recusals.entries.map((r) => `- ${name(r.personId)} anmäler jäv (${r.reason}) och deltar inte i handläggningen.`),
        ]),
    ...substitutes.map((s) => `${name(s.personId)} tjänstgör i stället för ${name(s.seat)}.`),
    ...(p.motions.entries.length === 0 ? [] : [p.motions.heading, ...p.motions.entries.map((m) => `- ${named(m.text)}`)]),
    ...(p.question === null ? [] : [p.question.heading, named(p.question.text)]),
    ...(voting === null
      ? []
      : [
          voting.heading,
          named(voting.text),
          ...voting.votes.map((v) => `- ${name(v.personId)}${v.replacing === null ? '' : ` (för ${name(v.replacing)})`}: ${v.voteText}`),
        ]),
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
    ...(p.reservations.entries.length === 0
      ? []
      : [
          p.reservations.heading,
          ...p.reservations.entries.map(
            (r) => `- ${name(r.personId)} reserverar sig mot beslutet${r.motivation === null ? '.' : `: ${r.motivation}`}`,
          ),
        ]),
    ...(p.notes.entries.length === 0 ? [] : [p.notes.heading, ...p.notes.entries.map((n) => `- ${name(n.personId)}: ${n.text}`)]),
    ...(p.attestedImmediately === null ? [] : [p.attestedImmediately.text]),
  ];
}
