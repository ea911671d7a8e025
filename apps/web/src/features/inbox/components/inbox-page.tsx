import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { localised } from '../../../lib/i18n';
import type { InboxItem } from '../../../lib/api/views';
import { useGetInbox } from '../api/inbox';

/** The groups the director works through; what belongs where is the API's inbox, not a rule here. */
const GROUPS: Array<{ key: string; kinds: InboxItem['kind'][] }> = [
  { key: 'new', kinds: ['case_to_prepare'] },
  { key: 'preparing', kinds: ['case_in_preparation', 'case_ready_for_agenda'] },
  { key: 'supplements', kinds: ['supplement_pending'] },
  { key: 'board', kinds: ['vote_pending', 'meeting_upcoming', 'minutes_to_attest'] },
];

const linkOf = (item: InboxItem) =>
  item.applicationId
    ? `/cases/${item.applicationId}`
    : item.meetingId
      ? `/meetings/${item.meetingId}${item.itemNo ? `#item-${item.itemNo}` : ''}`
      : null;

export function InboxPage() {
  const { t, i18n } = useTranslation();
  const query = useGetInbox();
  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('inbox.empty')}</Paragraph>
          ) : (
            GROUPS.map((group) => {
              const rows = items.filter((i) => group.kinds.includes(i.kind));
              if (rows.length === 0) return null;
              return (
                <section key={group.key} aria-labelledby={`inbox-${group.key}`}>
                  <Heading level={2} data-size="sm" id={`inbox-${group.key}`}>
                    {t(`inbox.groups.${group.key}`)} ({rows.length})
                  </Heading>
                  <ul className="plain-list">
                    {rows.map((item) => {
                      const link = linkOf(item);
                      const title = localised(item.title, i18n.language);
                      return (
                        <li key={`${item.kind}-${item.applicationId ?? item.meetingId}-${item.itemNo ?? ''}`} className="inbox-row">
                          {link ? <Link to={link}>{title}</Link> : title}
                          <span className="muted"> · {t('inbox.since', { date: formatDate(item.since, i18n.language) })}</span>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              );
            })
          )
        }
      </QueryState>
    </>
  );
}
