import { renderPdf, type PdfWriter } from '@beslutskedjan/audit/pure';
import { formatSek } from '../meeting/minutes/format-sek.js';
import type { Minutes, MinutesParagraph } from '../meeting/minutes/minutes.types.js';
import { paragraphText } from '../meeting/minutes/render-minutes-text.js';
import type { HeldMeeting, MeetingState } from '../meeting/meeting.state.js';

export type NameOf = (personId: string) => string;

const OUTCOME_TEXT: Record<string, string> = {
  approved: 'beviljas',
  rejected: 'avslås',
  referred_back: 'återremitteras för vidare beredning',
  tabled: 'bordläggs till ett senare sammanträde',
};

/** Kallelse: date, time, place and each item with its papers; to members and substitutes. */
export function meetingNoticePdf(
  forbundName: string,
  meeting: Exclude<MeetingState, { status: 'none' }>,
  recipients: string[],
  nameOf: NameOf,
  opensAt: string,
  printedAt: string,
): Promise<Buffer> {
  return renderPdf({ title: `Kallelse ${meeting.label}`, createdAt: printedAt }, (w) => {
    w.title(forbundName, 'Kallelse till styrelsens sammanträde');
    w.field('Sammanträde', meeting.label);
    w.field('Datum', meeting.date);
    w.field('Tid', opensAt);
    w.field('Plats', meeting.location ?? 'meddelas senare');
    w.paragraph(
      'Ledamöterna kallas till sammanträdet. Ersättarna kallas för kännedom och tjänstgör om en ledamot har förhinder eller är jävig.',
    );
    w.paragraph('Den som har förhinder eller kan vara jävig i ett ärende anmäler det till förbundets kansli så snart som möjligt.');
    w.heading('Ärenden');
    for (const item of [...meeting.items].sort((a, b) => a.itemNo - b.itemNo)) {
      w.subheading(`${item.itemNo}. ${item.case.title} (dnr ${item.case.caseNumber})`);
      if (item.kind === 'reported_delegated_decision') {
        w.paragraph('Anmälan av delegationsbeslut.');
      } else {
        w.paragraph(`Förbundschefens förslag till beslut: ${item.case.recommendation === 'approve' ? 'bifall' : 'avslag'}.`);
        if (item.case.terms !== null) w.field('Belopp', formatSek(item.case.terms.amountSek));
      }
      w.field('Handlingar', `Tjänsteskrivelse med förslag till beslut: ${item.case.motivation}`);
    }
    w.heading('Sändlista');
    w.bullets(recipients.map(nameOf));
  });
}

/** Protokollsutdrag: one paragraph of the minutes, certified as a true extract once attested. */
export function minutesExtractPdf(
  forbundName: string,
  minutes: Minutes,
  paragraph: MinutesParagraph,
  attestedOn: string | null,
  nameOf: NameOf,
  printedAt: string,
): Promise<Buffer> {
  return renderPdf({ title: `Protokollsutdrag ${paragraph.heading} ${minutes.label}`, createdAt: printedAt }, (w) => {
    w.title(forbundName, 'Protokollsutdrag');
    w.field('Sammanträde', minutes.label);
    w.field('Sammanträdesdatum', minutes.date);
    w.heading(`${paragraph.heading} ${paragraph.title}`);
    w.field('Diarienummer', paragraph.caseNumber);
    for (const line of paragraphText(paragraph, nameOf).slice(1)) w.paragraph(line);
    w.heading('Justering');
    w.paragraph(
      attestedOn === null
        ? 'Protokollet är ännu inte justerat.'
        : `Protokollet justerades den ${attestedOn}. Utdraget bestyrks överensstämma med protokollet.`,
    );
  });
}

export interface DecisionLetterInput {
  forbundName: string;
  meeting: HeldMeeting;
  paragraph: MinutesParagraph;
  applicant: string;
  postedOn: string | null;
  appealEndsOn: string | null;
  printedAt: string;
}

/** Beslutsmeddelande to the applicant, with how to appeal (laglighetsprövning, KL 13 kap.). */
export function decisionLetterPdf(input: DecisionLetterInput): Promise<Buffer> {
  const { forbundName, meeting, paragraph, applicant } = input;
  const d = paragraph.decision;
  return renderPdf({ title: `Beslutsmeddelande ${paragraph.caseNumber}`, createdAt: input.printedAt }, (w) => {
    w.title(forbundName, 'Beslutsmeddelande');
    w.field('Till', applicant);
    w.field('Diarienummer', paragraph.caseNumber);
    w.field('Ärende', paragraph.title);
    w.field('Beslutsdatum', meeting.date);
    w.field('Beslutande', `Styrelsen, ${meeting.label} (${paragraph.heading})`);
    w.heading('Beslut');
    w.paragraph(`Ansökan ${OUTCOME_TEXT[d.outcome] ?? d.text}.`);
    if (d.terms !== null) {
      w.field('Beviljat belopp', d.terms.amount);
      w.field('Period', d.terms.period);
      if (d.terms.conditions.length > 0) {
        w.subheading('Villkor');
        w.bullets(d.terms.conditions);
      }
    }
    w.field('Motivering', d.motivation);
    howToAppeal(w, input.postedOn, input.appealEndsOn);
  });
}

function howToAppeal(w: PdfWriter, postedOn: string | null, appealEndsOn: string | null): void {
  w.heading('Hur man överklagar');
  w.paragraph(
    'Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen (2017:725). Den som är medlem i en ' +
      'kommun eller region som är medlem i förbundet får överklaga. Prövningen gäller bara om beslutet har kommit till på ' +
      'ett lagligt sätt, inte om det är lämpligt.',
  );
  w.paragraph(
    'Överklagandet ska vara skriftligt och ställas till förvaltningsrätten. Ange vilket beslut som överklagas, varför det ' +
      'strider mot lag och vad du vill att rätten ska ändra. Skicka överklagandet till förvaltningsrätten, inte till förbundet.',
  );
  w.paragraph(
    postedOn === null
      ? 'Överklagandet ska ha kommit in inom tre veckor från den dag då justeringen av protokollet tillkännagavs på förbundets anslagstavla.'
      : `Justeringen av protokollet tillkännagavs på förbundets anslagstavla den ${postedOn}. Överklagandet ska ha kommit in till förvaltningsrätten senast den ${appealEndsOn ?? ''}.`,
  );
}
