import { Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';
import type { CaseTimeline } from '../api/case-timeline';
import { NS } from '../i18n';

/** The case's documents: the dossier and the minutes of each meeting that decided on it, PDF and CSV. */
export function CaseExports({ applicationId, timeline }: { applicationId: string; timeline: CaseTimeline }) {
  const { t } = useTranslation(NS);
  const [delimiter, setDelimiter] = useState<';' | ','>(';');
  const csv = delimiter === ',' ? '?delimiter=,' : '';
  const meetings = new Map<string, string>();
  for (const e of timeline.entries) {
    const m = e.decision?.meeting;
    if (m) meetings.set(m.meetingId, m.label ?? m.date ?? m.meetingId);
  }
  const id = encodeURIComponent(applicationId);
  return (
    <section aria-labelledby="case-exports" className="stack">
      <Heading level={2} data-size="sm" id="case-exports">
        {t('exports')}
      </Heading>
      <Paragraph>{t('exportsIntro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('delimiter')}</Fieldset.Legend>
        <Radio name="case-csv-delimiter" value=";" label={t('semicolon')} checked={delimiter === ';'} onChange={() => setDelimiter(';')} />
        <Radio name="case-csv-delimiter" value="," label={t('comma')} checked={delimiter === ','} onChange={() => setDelimiter(',')} />
      </Fieldset>
      <div className="actions">
        <DownloadButton path={`/api/applications/${id}/dossier.pdf`} label={t('dossierPdf')} />
        <DownloadButton path={`/api/applications/${id}/dossier.csv${csv}`} label={t('dossierCsv')} />
      </div>
      {meetings.size === 0 ? <Paragraph>{t('noMinutes')}</Paragraph> : null}
      {[...meetings].map(([meetingId, label]) => (
        <div className="actions" key={meetingId}>
          <DownloadButton path={`/api/meetings/${encodeURIComponent(meetingId)}/minutes.pdf`} label={t('minutesPdf', { label })} />
          <DownloadButton path={`/api/meetings/${encodeURIComponent(meetingId)}/minutes.csv${csv}`} label={t('minutesCsv', { label })} />
        </div>
      ))}
    </section>
  );
}
