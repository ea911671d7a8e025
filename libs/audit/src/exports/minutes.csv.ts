import type { MinutesParagraph } from '@beslutskedjan/board';
import type { NameOf } from '../timeline/case-timeline.types.js';
import { BOM, csvLine, type CsvCell, type CsvDelimiter } from './csv.js';
import type { MinutesDocument } from './minutes.pdf.js';

/**
 * One row per fact of the minutes a spreadsheet would filter on: each paragraph's decision, and under
 * it every recusal, motion, vote, reservation and note, so "who voted no on § 3" is one filter away.
 */
export const MINUTES_CSV_HEADER = [
  'Sammanträde',
  'Datum',
  'Paragraf',
  'Diarienummer',
  'Ärende',
  'Uppgift',
  'Person',
  'Namn',
  'Text',
  'Belopp (kr)',
  'Riktlinje',
  'Kontrollsumma (SHA-256)',
] as const;

type Row = [kind: string, personId: string | null, text: string, amountSek?: number | null, policy?: string | null];

function factsOf(p: MinutesParagraph): Row[] {
  const d = p.decision;
  const policy = d.policy ? `${d.policy.title} (version ${d.policy.revision})` : null;
  return [
    ['Beslut', null, d.motivation ? `${d.text} ${d.motivation}` : d.text, d.terms?.amountSek ?? null, policy],
    ...p.recusals.entries.map((r): Row => ['Jäv', r.personId, r.reason]),
    ...p.motions.entries.map((m): Row => ['Yrkande', m.personId, m.text, m.terms?.amountSek ?? null]),
    ...(p.question ? [['Proposition', null, p.question.text] as Row] : []),
    ...(p.voting?.votes ?? []).map((v): Row => ['Röst', v.personId, v.voteText]),
    ...p.reservations.entries.map((r): Row => ['Reservation', r.personId, r.motivation ?? '']),
    ...p.notes.entries.map((n): Row => ['Protokollsanteckning', n.personId, n.text]),
  ];
}

/**
 * The minutes as CSV, one chunk per paragraph: the response is written as it is produced, and a
 * long meeting never becomes one string. People are named through the (erasable) directory.
 */
export function* minutesCsvChunks(doc: MinutesDocument, nameOf: NameOf, delimiter: CsvDelimiter = ';'): Generator<string> {
  const { minutes } = doc;
  yield BOM + csvLine(MINUTES_CSV_HEADER, delimiter);
  for (const p of minutes.paragraphs) {
    yield factsOf(p)
      .map(([kind, personId, text, amountSek, policy]) => {
        const cells: CsvCell[] = [
          minutes.label,
          minutes.date,
          p.itemNo,
          p.caseNumber,
          p.title,
          kind,
          personId,
          personId === null ? null : nameOf(personId),
          text,
          amountSek ?? null,
          policy ?? null,
          doc.sha256,
        ];
        return csvLine(cells, delimiter);
      })
      .join('');
  }
}
