import { budgetTotalSek, latestRevision } from '@beslutskedjan/application/pure';
import { formatSek } from '@beslutskedjan/board/pure';
import { INITIATIVE_KIND_LABELS, type InitiativeKind, swedishDateOf } from '@beslutskedjan/policy/pure';
import type { TimelineDecision } from '../timeline/case-timeline.types.js';
import type { CaseDossier } from './case-dossier.js';
import { renderPdf, type PdfWriter } from './pdf-document.js';
import { MEMBER_TEXT, ROLE_TEXT, STATUS_TEXT } from './swedish-labels.js';

function decisionSection(w: PdfWriter, heading: string, d: TimelineDecision): void {
  w.subheading(heading);
  w.field('Beslut', d.amount ? `${d.outcomeText}, ${d.amount}` : d.outcomeText);
  if (d.period) w.field('Period', `${d.period.from} – ${d.period.to}`);
  w.field('Villkor', d.conditions.join('; '));
  w.field('Motivering', d.motivation);
  w.field('Riktlinje i kraft', d.policy ? `${d.policy.title} (${d.policy.policyId}, version ${d.policy.revision})` : 'ingen');
  w.field('Beslutat av', d.by === 'delegation' ? `${d.decidedBy?.name ?? ''} (delegationsbeslut)` : 'Styrelsen');
  if (d.board) {
    w.paragraph('Styrelsen denna dag:');
    w.bullets(d.board.map((s) => `${s.name}, ${s.positionText} (${s.memberOrganisation})`));
  }
  if (d.recusals.length > 0) {
    w.paragraph('Jäv:');
    w.bullets(d.recusals.map((r) => `${r.name}: ${r.reason}`));
  }
  if (d.tally && d.votes.length > 0) {
    w.paragraph(`Omröstning: ${d.tally.yes} ja, ${d.tally.no} nej, ${d.tally.abstain} avstod`);
    w.bullets(d.votes.map((v) => `${v.name}: ${v.voteText}`));
  }
}

/** The case dossier (ärendeakt) as a PDF: the case, its decisions with their basis, and its full history. */
export function caseDossierPdf(dossier: CaseDossier): Promise<Buffer> {
  const { state, timeline } = dossier;
  const content = latestRevision(state).content;
  const title = `Ärendeakt ${timeline.caseNumber}`;
  return renderPdf({ title, createdAt: dossier.printedAt }, (w) => {
    w.title(title, timeline.title);
    w.heading('Uppgifter');
    w.field('Diarienummer', timeline.caseNumber);
    w.field('Status', STATUS_TEXT[state.status] ?? state.status);
    w.field('Inkom', swedishDateOf(state.submittedAt));
    w.field('Sökande', content.applicant.name);
    w.field(
      'Upphandlande medlem',
      `${content.procuringMember.name} (${MEMBER_TEXT[content.procuringMember.kind] ?? content.procuringMember.kind})`,
    );
    w.field('Utförare', `${content.provider.name}${content.provider.isAsf ? ' (arbetsintegrerande socialt företag)' : ''}`);
    w.field('Insats', INITIATIVE_KIND_LABELS[content.kind as InitiativeKind]?.sv ?? content.kind);
    w.field('Period', `${content.period.from} – ${content.period.to}`);
    w.field('Sökt belopp', formatSek(budgetTotalSek(content)));
    w.field('Version', String(latestRevision(state).revision));
    w.heading('Ansökan');
    w.paragraph(content.description);

    const decisions = timeline.entries.filter((e) => e.decision && e.type !== 'BoardDecisionTookEffect');
    if (decisions.length > 0) {
      w.heading('Beslut');
      for (const e of decisions) if (e.decision) decisionSection(w, `${e.date}: ${e.summary}`, e.decision);
    }

    w.heading('Händelseförlopp');
    for (const e of timeline.entries) {
      w.paragraph(`${e.date}  ${e.summary}`);
      w.paragraph(`${e.actor.name} (${ROLE_TEXT[e.actor.role]})`, { indent: 14, muted: true });
      if (e.motivation) w.paragraph(e.motivation, { indent: 14 });
    }
    w.doc.moveDown(1);
    w.paragraph(
      `Utskriven ${swedishDateOf(dossier.printedAt) ?? dossier.printedAt} ur Beslutskedjan. Personer visas med namn ur personregistret.`,
      {
        muted: true,
      },
    );
  });
}
