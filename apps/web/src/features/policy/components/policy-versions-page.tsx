import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { useGetPolicyVersions } from '../api/policy';
import { PolicyNav } from './policy-nav';

/** Every version with its adoption data. */
export function PolicyVersionsPage() {
  const { t } = useTranslation();
  const query = useGetPolicyVersions();
  return (
    <>
      <PageHeading>{t('policy.versions')}</PageHeading>
      <PolicyNav />
      <QueryState query={query}>
        {({ versions }) => (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('policy.versions')}>
            <Table>
              <caption>{t('policy.versionsCaption', { count: versions.length })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('policy.revision')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('policy.titleColumn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('policy.adoptedOn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('policy.effectiveFrom')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('policy.adoptedAt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('policy.statusColumn')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {versions.map((v) => (
                  <Table.Row key={v.revision}>
                    <Table.Cell>{v.revision}</Table.Cell>
                    <Table.Cell>{v.adoption ? <Link to={`/policy?date=${v.adoption.effectiveFrom}`}>{v.title}</Link> : v.title}</Table.Cell>
                    <Table.Cell>{v.adoption?.adoptedOn ?? '—'}</Table.Cell>
                    <Table.Cell>{v.adoption?.effectiveFrom ?? '—'}</Table.Cell>
                    <Table.Cell>{v.adoption?.meeting?.label ?? '—'}</Table.Cell>
                    <Table.Cell>{t(`policy.status.${v.status}`, { defaultValue: v.status })}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </QueryState>
    </>
  );
}
