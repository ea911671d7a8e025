import type { MinutesAttested } from '../../../board/src/meeting/meeting.events.js';
import type { Minutes, MinutesSeat } from '../../../board/src/meeting/minutes/minutes.types.js';
import type { NameOf } from '../timeline/case-timeline.types.js';
import { renderPdf, type PdfWriter } from './pdf-document.js';

export interface MinutesDocument {
  minutes: Minutes;
  sha256: string;
  signatures: ReadonlyArray<Omit<MinutesAttested['data'], 'meetingId'>>;
  attested: boolean;
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
      w.bullets(p.recusals.entries.map((r) => `${nameOf(r.personId)}: ${r.reason}`));
    }
    if (p.voting) {
      const t = p.voting.tally;
      w.subheading(`${p.voting.heading}: ${t.approve} bifall, ${t.reject} avslag, ${t.abstain} avstår`);
      w.bullets(
        p.voting.votes.map((v) => `${nameOf(v.personId)}: ${v.voteText}${v.replacing ? ` (ersättare för ${nameOf(v.replacing)})` : ''}`),
      );
      if (p.voting.quorum)
        w.paragraph(
          `Beslutsförhet: ${p.voting.quorum.participating} av ${p.voting.quorum.members} ledamöter deltog (krävs ${p.voting.quorum.required}).`,
        );
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
    w.field(minutes.adjuster.heading, nameOf(minutes.adjuster.personId));
    w.subheading(minutes.attendance.heading);
    w.bullets(minutes.attendance.present.map(seat));
    if (minutes.attendance.absent.length > 0) {
      w.subheading('Frånvarande');
      w.bullets(minutes.attendance.absent.map(seat));
    }
    paragraphs(w, minutes, nameOf);
    w.heading('Justering');
    if (doc.signatures.length === 0) w.paragraph('Protokollet är inte justerat.');
    w.bullets(doc.signatures.map((s) => `${s.as === 'chair' ? 'Ordförande' : 'Justerare'} ${nameOf(s.personId)}, ${s.attestedOn}`));
    w.paragraph(doc.attested ? 'Protokollet är justerat; besluten står fast.' : 'Justeringen är inte klar.');
    w.paragraph(`Kontrollsumma (SHA-256): ${doc.sha256}`, { muted: true });
  });
}
