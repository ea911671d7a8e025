import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { StatusTag } from '../../../components/status-tag';
import { formatDate, formatSek } from '../../../lib/format';
import { useListApplications } from '../api/applications';

/** "Mina ansökningar" for an applicant; every case of the förbund for staff and the board. */
export function ApplicationsPage({ own }: { own: boolean }) {
  const { t, i18n } = useTranslation();
  const query = useListApplications();
  return (
    <>
      <PageHeading>{own ? t('applications.mine') : t('applications.all')}</PageHeading>
      {own ? (
        <Paragraph>
          <Button asChild>
            <Link to="/applications/new">{t('applications.new')}</Link>
          </Button>
        </Paragraph>
      ) : null}
      <QueryState query={query}>
        {(list) =>
          list.items.length === 0 ? (
            <Paragraph>{t('applications.none')}</Paragraph>
          ) : (
            <Table className="responsive-table">
              <caption>{t('applications.caption', { count: list.total })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('applications.caseNumber')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('applications.titleColumn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('applications.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{own ? t('applications.expected') : t('applications.amount')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('applications.submitted')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.items.map((c) => (
                  <Table.Row key={c.applicationId}>
                    <Table.Cell>
                      <Link to={`/cases/${c.applicationId}`}>{c.caseNumber}</Link>
                    </Table.Cell>
                    <Table.Cell>{c.title}</Table.Cell>
                    <Table.Cell>
                      <StatusTag status={c.status} />
                    </Table.Cell>
                    <Table.Cell>
                      {own ? (
                        c.status === 'awaiting_supplement' ? (
                          <Link to={`/cases/${c.applicationId}/revise`}>{t('expected.awaiting_supplement')}</Link>
                        ) : (
                          t(`expected.${c.status}`)
                        )
                      ) : (
                        formatSek(c.budgetTotalSek, i18n.language)
                      )}
                    </Table.Cell>
                    <Table.Cell>{formatDate(c.submittedAt, i18n.language)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}
