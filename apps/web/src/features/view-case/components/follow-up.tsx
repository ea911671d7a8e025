import { Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api/problem';
import type { CaseDetail } from '../../../lib/api/views';
import { formatDate } from '../../../lib/format';
import { useGetInitiative } from '../api/get-initiative';

/** The anchor the follow-up reminder mails and the inbox link to: `/cases/{id}#uppfoljning`. */
export const FOLLOW_UP_ANCHOR = 'uppfoljning';

/**
 * The funded initiative's follow-up plan: each report or registration with its due date as the
 * events last set it, and where it stands. Shown once the case is approved.
 */
export function FollowUp({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const approved = detail.status === 'approved';
  const query = useGetInitiative(detail.applicationId, approved);
  const { hash } = useLocation();
  const loaded = query.data !== undefined;
  // The page loads after the browser looked for the anchor: bring a deep link's section into view.
  useEffect(() => {
    if (loaded && hash === `#${FOLLOW_UP_ANCHOR}`) {
      const heading = document.getElementById(`${FOLLOW_UP_ANCHOR}-heading`);
      heading?.scrollIntoView();
      heading?.focus();
    }
  }, [loaded, hash]);
  // Funding follows the decision by a moment (a reaction): until the initiative is there, say nothing.
  const notYet = query.error instanceof ApiError && query.error.problem.status === 404;
  if (!approved || notYet) return null;
  return (
    <section aria-labelledby={`${FOLLOW_UP_ANCHOR}-heading`} className="stack" id={FOLLOW_UP_ANCHOR}>
      <Heading level={2} data-size="sm" id={`${FOLLOW_UP_ANCHOR}-heading`} tabIndex={-1}>
        {t('followUp.title')}
      </Heading>
      <QueryState query={query}>
        {(initiative) => (
          <Card>
            <Paragraph>
              {initiative.status === 'closed'
                ? t('followUp.closed', { date: formatDate(initiative.closedOn, i18n.language) })
                : t('followUp.contact')}
            </Paragraph>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${FOLLOW_UP_ANCHOR}-heading`}>
              <Table>
                <caption className="visually-hidden">{t('followUp.caption', { caseNumber: initiative.caseNumber })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('followUp.item')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('followUp.dueDate')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('followUp.status')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {initiative.items.map((item) => (
                    <Table.Row key={item.n}>
                      <Table.Cell>
                        {item.n}. {t(`followUp.kinds.${item.kind}`)}
                      </Table.Cell>
                      <Table.Cell>
                        {formatDate(item.dueDate, i18n.language)}
                        {item.dueDate !== item.originalDueDate
                          ? ` (${t('followUp.moved', { date: formatDate(item.originalDueDate, i18n.language) })})`
                          : ''}
                      </Table.Cell>
                      <Table.Cell>{t(`followUp.statuses.${item.status}`)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </Card>
        )}
      </QueryState>
    </section>
  );
}
