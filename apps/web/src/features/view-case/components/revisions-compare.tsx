import { Heading, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field';
import type { CaseRevisionView } from '../../../lib/api/views';
import { formatDate } from '../../../lib/format';
import { useGetPolicyOptions } from '../../submit-application';
import { catalogueLabels, contentRows } from './content-rows';

/** Two revisions side by side, each changed line marked in words and with <del>/<ins>. */
export function RevisionsCompare({ revisions }: { revisions: CaseRevisionView[] }) {
  const { t, i18n } = useTranslation();
  const last = revisions.length;
  const labels = catalogueLabels(useGetPolicyOptions().data, i18n.language);
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const a = revisions.find((r) => r.revision === from);
  const b = revisions.find((r) => r.revision === to);
  if (!a || !b) return null;
  const rowsA = contentRows(a.content, t, i18n.language, labels);
  const rowsB = contentRows(b.content, t, i18n.language, labels);
  const label = (r: CaseRevisionView) => t('case.revisionLabel', { n: r.revision, date: formatDate(r.at, i18n.language) });
  return (
    <section aria-labelledby="revisions-heading" className="stack">
      <Heading level={2} data-size="sm" id="revisions-heading">
        {t('case.revisions')}
      </Heading>
      {last > 1 ? (
        <div className="two-columns">
          <SelectField id="compare-from" label={t('case.compareFrom')} value={String(from)} onChange={(x) => setFrom(Number(x))}>
            {revisions.map((r) => (
              <option key={r.revision} value={r.revision}>
                {label(r)}
              </option>
            ))}
          </SelectField>
          <SelectField id="compare-to" label={t('case.compareTo')} value={String(to)} onChange={(x) => setTo(Number(x))}>
            {revisions.map((r) => (
              <option key={r.revision} value={r.revision}>
                {label(r)}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="revisions-heading">
        <Table>
          <caption>{last > 1 ? t('case.compareCaption', { from: a.revision, to: b.revision }) : t('case.onlyRevision')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('case.field')}</Table.HeaderCell>
              {last > 1 ? <Table.HeaderCell>{label(a)}</Table.HeaderCell> : null}
              <Table.HeaderCell>{label(b)}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rowsB.map((row, i) => {
              const before = rowsA[i]?.value ?? '';
              const changed = last > 1 && before !== row.value;
              return (
                <Table.Row key={row.key} className={changed ? 'changed-row' : undefined}>
                  <Table.HeaderCell scope="row">
                    {row.label}
                    {changed ? <span className="changed-badge"> ({t('case.changed')})</span> : null}
                  </Table.HeaderCell>
                  {last > 1 ? <Table.Cell className="pre-wrap">{changed ? <del>{before}</del> : before}</Table.Cell> : null}
                  <Table.Cell className="pre-wrap">{changed ? <ins>{row.value}</ins> : row.value}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
