import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { SelectField } from '../../../components/select-field';
import { formatDate, formatSek } from '../../../lib/format';
import { useGetDecisionsUnderPolicyVersion, useGetPolicyVersions, type DecisionUnderPolicy } from '../api/audit-trail';
import { NS } from '../i18n';
import { AuditNav } from './audit-nav';

/** Which decisions rest on a given version of the policy: the auditor's question when a version is questioned. */
export function DecisionsUnderPolicyPage() {
  const { t } = useTranslation(NS);
  const [params, setParams] = useSearchParams();
  const revision = params.get('revision');
  const versions = useGetPolicyVersions();
  const [choice, setChoice] = useState<string | null>(null);
  const decisions = useGetDecisionsUnderPolicyVersion(revision);
  const submit = (current: string) => (e: FormEvent) => {
    e.preventDefault();
    setParams({ revision: current });
  };
  return (
    <>
      <PageHeading>{t('decisionsTitle')}</PageHeading>
      <AuditNav />
      <Paragraph>{t('decisionsIntro')}</Paragraph>
      <QueryState query={versions}>
        {({ versions: list }) => {
          const current = choice ?? revision ?? String(list.at(-1)?.revision ?? '');
          return (
            <form onSubmit={submit(current)} className="inline-form" aria-label={t('decisionsTitle')}>
              <SelectField id="decisions-revision" label={t('version')} value={current} onChange={setChoice}>
                {list.map((v) => (
                  <option key={v.revision} value={v.revision}>
                    {t('versionOption', { revision: v.revision, title: v.title })}
                  </option>
                ))}
              </SelectField>
              <Button type="submit">{t('showDecisions')}</Button>
            </form>
          );
        }}
      </QueryState>
      {revision !== null ? (
        <QueryState query={decisions}>{(data) => <DecisionsTable revision={data.revision} decisions={data.decisions} />}</QueryState>
      ) : null}
    </>
  );
}

function DecisionsTable({ revision, decisions }: { revision: number; decisions: DecisionUnderPolicy[] }) {
  const { t, i18n } = useTranslation(NS);
  if (decisions.length === 0) return <Paragraph role="status">{t('noDecisions')}</Paragraph>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="decisions-caption">
      <Table data-testid="decisions">
        <caption id="decisions-caption">{t('decisionsCaption', { revision })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('caseNumber')}</Table.HeaderCell>
            <Table.HeaderCell>{t('matter')}</Table.HeaderCell>
            <Table.HeaderCell>{t('outcome')}</Table.HeaderCell>
            <Table.HeaderCell>{t('amount')}</Table.HeaderCell>
            <Table.HeaderCell>{t('decidedOn')}</Table.HeaderCell>
            <Table.HeaderCell>{t('decidedBy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('timeline')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {decisions.map((d) => (
            <Table.Row key={d.position}>
              <Table.Cell>{d.caseNumber ?? '–'}</Table.Cell>
              <Table.Cell>{d.title ?? '–'}</Table.Cell>
              <Table.Cell>{t(`outcomes.${d.outcome}`, { defaultValue: d.outcome })}</Table.Cell>
              <Table.Cell>{formatSek(d.amountSek, i18n.language)}</Table.Cell>
              <Table.Cell>{formatDate(`${d.decidedOn}T12:00:00Z`, i18n.language)}</Table.Cell>
              <Table.Cell>
                {d.decidedBy.kind === 'board'
                  ? t('board', { label: d.decidedBy.meetingLabel ?? '', itemNo: d.decidedBy.itemNo })
                  : t('delegation')}
              </Table.Cell>
              <Table.Cell>
                <Link to={`/cases/${d.applicationId}/timeline`}>{t('timelineOf', { caseNumber: d.caseNumber ?? d.applicationId })}</Link>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
