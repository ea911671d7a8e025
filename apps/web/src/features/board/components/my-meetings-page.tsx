import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { useDownloadNotice, useGetBoardMeeting, useListMeetings, type MeetingSummary } from '../api/board';
import { NS } from '../i18n';
import '../board.css';

/**
 * "Mina sammanträden": every meeting of the förbund's board, to which its members and substitutes
 * are all called; each with the kallelse, the agenda and each item's papers, and the way into the
 * meeting room (where jäv and votes are given) and to the minutes' attestation.
 */
export function MyMeetingsPage() {
  const { t } = useTranslation(NS);
  const meetings = useListMeetings();
  return (
    <>
      <PageHeading>{t('meetings.title')}</PageHeading>
      <Paragraph>{t('meetings.intro')}</Paragraph>
      <QueryState query={meetings}>
        {({ meetings: all }) => {
          if (all.length === 0) return <Paragraph>{t('meetings.empty')}</Paragraph>;
          const current = all.filter((m) => m.status === 'scheduled' || m.status === 'open');
          const past = all.filter((m) => m.status === 'closed' || m.status === 'attested').reverse();
          return (
            <>
              {current.length > 0 ? (
                <section aria-labelledby="meetings-upcoming" className="stack">
                  <Heading level={2} data-size="md" id="meetings-upcoming">
                    {t('meetings.upcoming')}
                  </Heading>
                  {current.map((m) => (
                    <MeetingCard key={m.meetingId} meeting={m} />
                  ))}
                </section>
              ) : null}
              {past.length > 0 ? (
                <section aria-labelledby="meetings-past" className="stack">
                  <Heading level={2} data-size="md" id="meetings-past">
                    {t('meetings.past')}
                  </Heading>
                  {past.map((m) => (
                    <MeetingCard key={m.meetingId} meeting={m} />
                  ))}
                </section>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  const { t, i18n } = useTranslation(NS);
  const notice = useDownloadNotice(meeting.meetingId);
  const id = `meeting-${meeting.meetingId}`;
  const label = meeting.label;
  return (
    <Card className="stack board-meeting" aria-labelledby={id} data-testid={id}>
      <Heading level={3} data-size="sm" id={id}>
        {label}
      </Heading>
      <Paragraph>
        {t('meetings.meta', { date: formatDate(meeting.date, i18n.language), location: meeting.location ?? t('meetings.noLocation') })}{' '}
        <Tag data-color={meeting.status === 'open' ? 'success' : 'neutral'}>{t(`meetings.status.${meeting.status}`)}</Tag>
      </Paragraph>
      {notice.error ? <ProblemAlert error={notice.error} /> : null}
      <div className="actions">
        <Button variant="secondary" onClick={() => notice.mutate()} disabled={notice.isPending}>
          {t('meetings.notice', { label })}
        </Button>
        <Link to={`/meetings/${meeting.meetingId}`}>{t('meetings.room', { label })}</Link>
        {meeting.status === 'closed' || meeting.status === 'attested' ? (
          <Link to={`/meetings/${meeting.meetingId}/minutes`}>{t('meetings.minutes', { label })}</Link>
        ) : null}
      </div>
      <Agenda meetingId={meeting.meetingId} />
    </Card>
  );
}

function Agenda({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation(NS);
  const detail = useGetBoardMeeting(meetingId);
  return (
    <QueryState query={detail}>
      {({ items }) => (
        <>
          <Heading level={4} data-size="xs">
            {t('meetings.agenda')}
          </Heading>
          {items.length === 0 ? (
            <Paragraph>{t('meetings.noItems')}</Paragraph>
          ) : (
            <ol className="plain-list stack">
              {items.map((item) => (
                <li key={item.itemNo}>
                  <strong>{t('meetings.item', { itemNo: item.itemNo, title: item.title })}</strong>
                  <br />
                  {t('meetings.caseNumber', { caseNumber: item.caseNumber })} ·{' '}
                  {item.kind === 'reported_delegated_decision'
                    ? t('meetings.reported')
                    : t(`meetings.recommendation.${item.recommendation}`)}
                  <br />
                  <Link to={`/cases/${item.applicationId}`}>{t('meetings.papers', { itemNo: item.itemNo })}</Link>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </QueryState>
  );
}
