import { Button, Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { session } from '../../../lib/auth/session';
import { useSession } from '../../../lib/auth/use-session';
import { formatDateTime } from '../../../lib/format';
import { useGetReminderOverview, useReconcileReminders, type ReminderOverviewEntry } from '../api/reminders-admin';
import { NS } from '../i18n';

/** The bull-board mount (libs/reminders BULL_BOARD_PATH); it takes the token once as `?token=` and keeps a cookie. */
const DASHBOARD = '/admin/queues';

/** The administrator's reminders: scheduled and sent for their own förbund, a reconcile, and the dashboard for operators. */
export function RemindersAdminPage() {
  const { t } = useTranslation(NS);
  const overview = useGetReminderOverview();
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph>{t('intro')}</Paragraph>
      <QueryState query={overview}>
        {(data) => (
          <>
            <Paragraph>{t('mode', { mode: t(`modes.${data.mode}`) })}</Paragraph>
            <Reminders id="scheduled" entries={data.scheduled} sent={false} />
            <Reminders id="sent" entries={data.sent} sent />
          </>
        )}
      </QueryState>
      <Reconcile />
      <Dashboard />
    </>
  );
}

function Reminders({ id, entries, sent }: { id: string; entries: ReminderOverviewEntry[]; sent: boolean }) {
  const { t, i18n } = useTranslation(NS);
  const about = (e: ReminderOverviewEntry) =>
    [
      e.subject.caseNumber,
      e.subject.title,
      e.subject.meetingLabel,
      e.subject.itemNo === undefined ? null : `§ ${e.subject.itemNo}`,
      e.subject.year,
    ]
      .filter((x) => x !== undefined && x !== null)
      .join(', ');
  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {sent ? t('sent') : t('scheduled')}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{sent ? t('noSent') : t('noScheduled')}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
          <Table data-testid={`reminders-${id}`}>
            <caption id={`${id}-caption`}>{sent ? t('sentCaption') : t('scheduledCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('about')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audience')}</Table.HeaderCell>
                <Table.HeaderCell>{sent ? t('deliveredAt') : t('dueAt')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {entries.map((e) => (
                <Table.Row key={e.intentId}>
                  <Table.Cell>{t(`kinds.${e.kind}`, { defaultValue: e.kind })}</Table.Cell>
                  <Table.Cell>{about(e) || '–'}</Table.Cell>
                  <Table.Cell>{t(`audiences.${e.audience}`, { defaultValue: e.audience })}</Table.Cell>
                  <Table.Cell>{formatDateTime(sent ? (e.deliveredAt ?? e.dueAt) : e.dueAt, i18n.language)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

function Reconcile() {
  const { t } = useTranslation(NS);
  const reconcile = useReconcileReminders();
  return (
    <section aria-labelledby="reconcile-heading" className="stack">
      <Heading level={2} data-size="sm" id="reconcile-heading">
        {t('reconcile')}
      </Heading>
      <Paragraph>{t('reconcileIntro')}</Paragraph>
      <div className="actions">
        <Button type="button" onClick={() => reconcile.mutate()} disabled={reconcile.isPending}>
          {t('reconcile')}
        </Button>
      </div>
      <p role="status" className="muted" data-testid="reconcile-result">
        {reconcile.data ? t('reconcileDone', { ...reconcile.data }) : ''}
      </p>
      <ProblemAlert error={reconcile.error} />
    </section>
  );
}

/** The dashboard shows every förbund's jobs: a link for the operator, an explanation for everyone else. */
function Dashboard() {
  const { t } = useTranslation(NS);
  const user = useSession();
  const operator = user?.roles.includes('operator') ?? false;
  return (
    <section aria-labelledby="dashboard-heading" className="stack">
      <Heading level={2} data-size="sm" id="dashboard-heading">
        {t('dashboard')}
      </Heading>
      {operator ? (
        <Paragraph>
          <DsLink href={`${DASHBOARD}?token=${encodeURIComponent(session.token() ?? '')}`}>{t('dashboardLink')}</DsLink>
        </Paragraph>
      ) : (
        <Paragraph data-testid="dashboard-operator-only">{t('dashboardOperatorOnly')}</Paragraph>
      )}
    </section>
  );
}
