import { Card, Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { useGetNoticeBoard, type NoticeBoardEntry } from '../api/notice-board';
import { NS } from '../i18n';

/** The förbund's anslagstavla: open to anyone, no sign-in, as the kommunallag requires. */
export function NoticeBoardPage() {
  const { tenant = '' } = useParams();
  const { t } = useTranslation(NS);
  const board = useGetNoticeBoard(tenant);
  return (
    <QueryState query={board}>
      {({ forbundName, notices }) => (
        <>
          <PageHeading>{t('title', { forbund: forbundName })}</PageHeading>
          <Paragraph>{t('intro')}</Paragraph>
          <Paragraph>
            <DsLink href={`/api/public/${encodeURIComponent(tenant)}/notice-board.atom`}>{t('feed')}</DsLink>
          </Paragraph>
          {notices.length === 0 ? <Paragraph>{t('empty')}</Paragraph> : notices.map((n) => <Notice key={n.meetingId} notice={n} />)}
        </>
      )}
    </QueryState>
  );
}

function Notice({ notice }: { notice: NoticeBoardEntry }) {
  const { t, i18n } = useTranslation(NS);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const id = `notice-${notice.meetingId}`;
  return (
    <Card className="stack" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {notice.heading}
      </Heading>
      <dl className="facts">
        <dt>{t('meetingDate')}</dt>
        <dd>{date(notice.meetingDate)}</dd>
        <dt>{t('attestedOn')}</dt>
        <dd>{date(notice.attestedOn)}</dd>
        <dt>{t('postedOn')}</dt>
        <dd>{date(notice.postedOn)}</dd>
        <dt>{t('appealEndsOn')}</dt>
        <dd>{date(notice.appealEndsOn)}</dd>
        <dt>{t('keptAt')}</dt>
        <dd>{notice.keptAt}</dd>
      </dl>
      {/* Focusable, so a keyboard user can scroll the table sideways on a narrow screen. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-decisions`}>
        <Table>
          <caption id={`${id}-decisions`}>{t('decisions')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('paragraph')}</Table.HeaderCell>
              <Table.HeaderCell>{t('caseNumber')}</Table.HeaderCell>
              <Table.HeaderCell>{t('matter')}</Table.HeaderCell>
              <Table.HeaderCell>{t('outcome')}</Table.HeaderCell>
              <Table.HeaderCell>{t('legalForce')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {notice.decisions.map((d) => (
              <Table.Row key={d.itemNo}>
                <Table.Cell>{d.itemNo}</Table.Cell>
                <Table.Cell>{d.caseNumber}</Table.Cell>
                <Table.Cell>
                  {d.title}
                  {d.kind === 'reported_delegated_decision' ? ` (${t('kinds.reported_delegated_decision')})` : ''}
                </Table.Cell>
                <Table.Cell>{t(`outcomes.${d.outcome ?? 'none'}`, { defaultValue: d.outcome ?? '–' })}</Table.Cell>
                <Table.Cell data-testid={`legal-force-${d.itemNo}`}>
                  {d.legalForce.status === 'appeal_window'
                    ? t('force.appeal_window', {
                        appealEndsOn: date(d.legalForce.appealEndsOn),
                        legalForceOn: date(d.legalForce.legalForceOn),
                      })
                    : d.legalForce.status === 'legal_force'
                      ? t('force.legal_force', { legalForceOn: date(d.legalForce.legalForceOn) })
                      : d.legalForce.status === 'appealed'
                        ? t('force.appealed', { court: d.legalForce.court, courtCaseNumber: d.legalForce.courtCaseNumber })
                        : t('force.not_posted')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </Card>
  );
}
