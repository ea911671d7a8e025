import type { MinutesAttested, Minutes, MinutesSeat } from '@beslutskedjan/board';
import type { NameOf } from '../timeline/case-timeline.types.js';
import { renderPdf, type PdfWriter } from './pdf-document.js';

export interface MinutesDocument {
  minutes: Minutes;
  sha256: string;
  signatures: ReadonlyArray<Omit<MinutesAttested['data'], 'meetingId'>>;
  attested: boolean;
  attestedOn: string | null;
  /** The day the attestation was announced on the notice board (anslag). */
  postedOn: string | null;
  nameOf: NameOf;
  printedAt: string;
}

function paragraphs(w: PdfWriter, minutes: Minutes, nameOf: NameOf): void {
  for (const p of minutes.paragraphs) {
    w.heading(`${p.heading} ${p.caseNumber} ${p.title}`);
    w.paragraph(`${p.recommendation.text}. ${p.recommendation.motivation}`);
    w.field('Beredd av', nameOf(p.preparedBy));
    if (p.recusals.entries.length > 0) {
      w.subheading(p.recusals.heading);
      w.bullets(p.recusals.entries.map((r) => `${nameOf(r.personId)} anmäler jäv (${r.reason}) och deltar inte i handläggningen.`));
    }
    if (p.voting) {
      const t = p.voting.tally;
      w.subheading(`${p.voting.heading}: ${t.yes} ja, ${t.no} nej, ${t.abstain} avstod`);
      w.paragraph(p.voting.text);
      w.bullets(
        p.voting.votes.map((v) => `${nameOf(v.personId)}: ${v.voteText}${v.replacing ? ` (ersättare för ${nameOf(v.replacing)})` : ''}`),
      );
    }
    if (p.quorum) {
      w.paragraph(`Beslutsförhet: ${p.quorum.participating} av ${p.quorum.members} platser tjänstgjorde (krävs ${p.quorum.required}).`);
    }
    for (const s of p.serving.filter((x) => x.substitute)) w.paragraph(`${nameOf(s.personId)} tjänstgör i stället för ${nameOf(s.seat)}.`);
    if (p.motions.entries.length > 0) {
      w.subheading(p.motions.heading);
      w.bullets(p.motions.entries.map((m) => (m.personId === null ? m.text : m.text.replace(m.personId, nameOf(m.personId)))));
    }
    if (p.question) {
      w.subheading(p.question.heading);
      w.paragraph(p.question.text);
    }
    const d = p.decision;
    w.subheading(d.heading);
    w.paragraph(d.text);
    if (d.terms) {
      w.field('Belopp', `${d.terms.amount}${d.amended ? ' (ändrade villkor)' : ''}`);
      w.field('Period', d.terms.period);
      w.field('Villkor', d.terms.conditions.join('; '));
    }
    w.field('Motivering', d.motivation);
    if (d.policy) w.field('Riktlinje', `${d.policy.title} (version ${d.policy.revision})`);
    if (p.reservations.entries.length > 0) {
      w.subheading(p.reservations.heading);
      w.bullets(
        p.reservations.entries.map((r) => `${nameOf(r.personId)} reserverar sig mot beslutet${r.motivation ? `: ${r.motivation}` : '.'}`),
      );
    }
    if (p.notes.entries.length > 0) {
      w.subheading(p.notes.heading);
      w.bullets(p.notes.entries.map((n) => `${nameOf(n.personId)}: ${n.text}`));
    }
    if (p.attestedImmediately) w.paragraph(`${p.attestedImmediately.text} (${p.attestedImmediately.attestedOn})`);
  }
}

/** The minutes (protokoll) as a PDF, people by name; the hash printed is that of the id-based minutes the signatories attested. */
export function minutesPdf(doc: MinutesDocument): Promise<Buffer> {
  const { minutes, nameOf } = doc;
  const seat = (s: MinutesSeat) => `${nameOf(s.personId)}, ${s.positionText} (${s.memberOrganisation})`;
  const title = `${minutes.heading} ${minutes.label}`;
  return renderPdf({ title, createdAt: doc.printedAt }, (w) => {
    w.title(minutes.heading, minutes.label);
    w.field('Datum', minutes.date);
    w.field('Plats', minutes.location);
    w.field(minutes.chair.heading, minutes.chair.personId === null ? '–' : nameOf(minutes.chair.personId));
    w.field(minutes.secretary.heading, minutes.secretary.personId === null ? null : nameOf(minutes.secretary.personId));
    w.field(minutes.adjuster.heading, nameOf(minutes.adjuster.personId));
    w.subheading(`${minutes.attendance.heading} ledamöter`);
    w.bullets(minutes.attendance.present.filter((s) => s.position !== 'substitute').map(seat));
    if (minutes.attendance.servingSubstitutes.length > 0) {
      w.subheading('Tjänstgörande ersättare');
      w.bullets(minutes.attendance.servingSubstitutes.map((s) => `${seat(s)}${s.substituteFor ? `, för ${nameOf(s.substituteFor)}` : ''}`));
    }
    if (minutes.attendance.othersPresent.length > 0) {
      w.subheading('Övriga närvarande');
      w.bullets(minutes.attendance.othersPresent.map((o) => nameOf(o.personId)));
    }
    if (minutes.attendance.absent.length > 0) {
      w.subheading('Frånvarande');
      w.bullets(minutes.attendance.absent.map(seat));
    }
    paragraphs(w, minutes, nameOf);
    w.heading('Justering');
    if (doc.signatures.length === 0) w.paragraph('Protokollet är inte justerat.');
    w.bullets(doc.signatures.map((s) => `${s.as === 'chair' ? 'Ordförande' : 'Justerare'} ${nameOf(s.personId)}, ${s.attestedOn}`));
    w.paragraph(
      doc.attestedOn === null
        ? 'Protokollet är inte justerat.'
        : `Protokollet justerades den ${doc.attestedOn}. ${
            doc.postedOn === null
              ? 'Justeringen har ännu inte tillkännagetts på anslagstavlan.'
              : `Justeringen tillkännagavs på förbundets anslagstavla den ${doc.postedOn}.`
          }`,
    );
    w.paragraph(`Kontrollsumma (SHA-256): ${doc.sha256}`, { muted: true });
  });
}
