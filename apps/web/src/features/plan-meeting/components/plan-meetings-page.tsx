import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { useListMeetingsToPlan } from '../api/plan-meeting';
import { NS } from '../i18n';
import { ScheduleMeetingForm } from './schedule-meeting-form';

/** The office plans the board's meetings: calls a new one, and opens the agenda of one not yet held. */
export function PlanMeetingsPage() {
  const { t, i18n } = useTranslation(NS);
  const meetings = useListMeetingsToPlan();
  return (
    <div className="stack">
      <PageHeading>{t('list.title')}</PageHeading>
      <Paragraph>{t('list.intro')}</Paragraph>
      <ScheduleMeetingForm />
      <section aria-labelledby="planned-heading" className="stack">
        <Heading level={2} data-size="sm" id="planned-heading">
          {t('list.planned')}
        </Heading>
        <QueryState query={meetings}>
          {({ meetings: all }) => {
            const planned = all.filter((m) => m.status === 'scheduled' || m.status === 'open');
            if (planned.length === 0) return <Paragraph>{t('list.none')}</Paragraph>;
            return (
              <ul className="plain-list stack">
                {planned.map((m) => (
                  <li key={m.meetingId}>
                    <Card className="stack plan-meeting" data-testid={`planned-${m.meetingId}`}>
                      <Heading level={3} data-size="xs">
                        <Link to={`/planning/${m.meetingId}`}>{t('list.agendaLink', { label: m.label })}</Link>
                      </Heading>
                      <Paragraph>
                        {t('list.meta', {
                          date: formatDate(m.date, i18n.language),
                          location: m.location ?? t('list.noLocation'),
                          count: m.itemCount,
                        })}{' '}
                        <Tag data-color={m.status === 'open' ? 'success' : 'neutral'}>{t(`list.status.${m.status}`)}</Tag>
                      </Paragraph>
                    </Card>
                  </li>
                ))}
              </ul>
            );
          }}
        </QueryState>
      </section>
    </div>
  );
}
