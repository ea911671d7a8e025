import type { TimelineEntry } from '../timeline/case-timeline.types.js';
import type { CaseDossier } from './case-dossier.js';
import { toCsv, type CsvDelimiter } from './csv.js';
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

/** The case's history as one table, a row per fact, for a spreadsheet. */
export function caseDossierCsv(dossier: CaseDossier, delimiter: CsvDelimiter = ';'): string {
  const { caseNumber, entries } = dossier.timeline;
  return toCsv(
    CASE_DOSSIER_CSV_HEADER,
    entries.map((e) => [
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
    ]),
    delimiter,
  );
}
