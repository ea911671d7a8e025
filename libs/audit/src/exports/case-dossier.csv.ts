import type { CaseTimeline, TimelineEntry } from '../timeline/case-timeline.types.js';
import type { CaseDossier } from './case-dossier.js';
import { BOM, csvLine, type CsvCell, type CsvDelimiter } from './csv.js';
import { ROLE_TEXT } from './swedish-labels.js';

export const CASE_DOSSIER_CSV_HEADER = [
  'Diarienummer',
  'Datum',
  'Tidpunkt (UTC)',
  'Händelse',
  'Utförd av',
  'Roll',
  'Motivering',
  'Belopp',
  'Riktlinje',
  'Händelsetyp',
  'Position',
] as const;

const policyOf = (e: TimelineEntry): string => {
  const policies = e.decision?.policy ? [e.decision.policy] : (e.policies ?? []);
  return policies.map((p) => `${p.title} (${p.policyId} version ${p.revision})`).join('; ');
};

const rowOf = (caseNumber: string, e: TimelineEntry): CsvCell[] => [
  caseNumber,
  e.date,
  e.at,
  e.summary,
  e.actor.name,
  ROLE_TEXT[e.actor.role],
  e.motivation,
  e.decision?.amount ?? null,
  policyOf(e),
  e.type,
  e.position,
];

/** Rows per chunk: a long history is written a page at a time, never as one string. */
const PAGE = 500;

/** The case's history as one table, a row per fact, for a spreadsheet: the BOM and header, then pages of rows. */
export function* caseDossierCsvChunks(
  timeline: Pick<CaseTimeline, 'caseNumber' | 'entries'>,
  delimiter: CsvDelimiter = ';',
): Generator<string> {
  yield BOM + csvLine(CASE_DOSSIER_CSV_HEADER, delimiter);
  const { caseNumber, entries } = timeline;
  for (let at = 0; at < entries.length; at += PAGE) {
    yield entries
      .slice(at, at + PAGE)
      .map((e) => csvLine(rowOf(caseNumber, e), delimiter))
      .join('');
  }
}

/** The whole table as one string (tests and small callers; the API streams caseDossierCsvChunks from a thread). */
export function caseDossierCsv(dossier: Pick<CaseDossier, 'timeline'>, delimiter: CsvDelimiter = ';'): string {
  return [...caseDossierCsvChunks(dossier.timeline, delimiter)].join('');
}
