import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { localised } from '../../../lib/i18n';
import { useGetNotifications, useMarkNotificationRead } from '../api/notifications';

/** Everyone's in-app notifications, newest first, with the unread count. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const query = useGetNotifications();
  const markRead = useMarkNotificationRead();
  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <ProblemAlert error={markRead.error} />
      <QueryState query={query}>
        {(data) => (
          <>
            <Paragraph>{t('notifications.unread', { count: data.unread })}</Paragraph>
            {data.items.length === 0 ? (
              <Paragraph>{t('notifications.none')}</Paragraph>
            ) : (
              <ul className="plain-list">
                {data.items.map((n) => (
                  <li key={n.notificationId}>
                    <Card data-color={n.readAt ? 'neutral' : 'accent'}>
                      <Heading level={2} data-size="xs">
                        {localised(n.title, i18n.language)} {n.readAt ? null : <Tag data-color="warning">{t('notifications.new')}</Tag>}
                      </Heading>
                      <Paragraph>{localised(n.body, i18n.language)}</Paragraph>
                      <Paragraph data-size="sm">{formatDateTime(n.deliveredAt, i18n.language)}</Paragraph>
                      <div className="actions">
                        <Link to={n.link}>{t('notifications.open')}</Link>
                        {n.readAt ? null : (
                          <Button variant="secondary" data-size="sm" onClick={() => markRead.mutate(n.notificationId)}>
                            {t('notifications.markRead')}
                          </Button>
                        )}
                      </div>
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
