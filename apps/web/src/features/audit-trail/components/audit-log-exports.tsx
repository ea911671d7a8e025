import { Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/download-button';
import { NS } from '../i18n';

const FIELD_IDS: Record<string, string> = { from: 'log-from', to: 'log-to', delimiter: 'log-delimiter' };

/** The audit log as CSV or PDF, whole or for a period; the dates go to the API as typed. */
export function AuditLogExports() {
  const { t } = useTranslation(NS);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [delimiter, setDelimiter] = useState<';' | ','>(';');
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}), ...extra });
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  const labelOf = (field: string) => (field === 'from' || field === 'to' || field === 'delimiter' ? t(field) : field);
  const idOf = (field: string) => FIELD_IDS[field] ?? 'log-from';
  return (
    <section aria-labelledby="log-heading" className="stack">
      <Heading level={2} data-size="sm" id="log-heading">
        {t('log')}
      </Heading>
      <Paragraph>{t('logIntro')}</Paragraph>
      <div className="two-columns">
        <Textfield id="log-from" label={t('from')} description={t('dateHint')} value={from} onChange={(e) => setFrom(e.target.value)} />
        <Textfield id="log-to" label={t('to')} description={t('dateHint')} value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <Fieldset id="log-delimiter">
        <Fieldset.Legend>{t('delimiter')}</Fieldset.Legend>
        <Radio name="log-csv-delimiter" value=";" label={t('semicolon')} checked={delimiter === ';'} onChange={() => setDelimiter(';')} />
        <Radio name="log-csv-delimiter" value="," label={t('comma')} checked={delimiter === ','} onChange={() => setDelimiter(',')} />
      </Fieldset>
      <div className="actions">
        <DownloadButton
          path={`/api/audit/log.csv${query(delimiter === ',' ? { delimiter } : {})}`}
          label={t('logCsv')}
          labelOf={labelOf}
          idOf={idOf}
        />
        <DownloadButton path={`/api/audit/log.pdf${query({})}`} label={t('logPdf')} labelOf={labelOf} idOf={idOf} />
      </div>
    </section>
  );
}
