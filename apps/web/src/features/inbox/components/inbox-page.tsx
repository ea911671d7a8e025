import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { localised } from '../../../lib/i18n';
import type { InboxItem } from '../../../lib/api/views';
import { useGetInbox } from '../api/inbox';
import { NS } from '../i18n';

/**
 * The groups the director works through, the most urgent first. What belongs where (and what
 * "late" or "due" means) is the API's inbox, not a rule here.
 */
const GROUPS: Array<{ key: string; kinds: InboxItem['kind'][] }> = [
  { key: 'late', kinds: ['case_running_late'] },
  { key: 'followUps', kinds: ['follow_up_due'] },
  { key: 'new', kinds: ['case_to_prepare'] },
  { key: 'supplementsReceived', kinds: ['supplement_received'] },
  { key: 'preparing', kinds: ['case_in_preparation', 'case_ready_for_agenda'] },
  { key: 'supplements', kinds: ['supplement_pending'] },
  { key: 'board', kinds: ['vote_pending', 'meeting_upcoming', 'minutes_to_attest'] },
];

/** Every row with a case links to it; a follow-up to the case page's follow-up section, as the reminder mails do. */
const linkOf = (item: InboxItem) =>
  item.applicationId
    ? `/cases/${item.applicationId}${item.kind === 'follow_up_due' ? '#uppfoljning' : ''}`
    : item.meetingId
      ? `/meetings/${item.meetingId}${item.itemNo ? `#item-${item.itemNo}` : ''}`
      : null;

const STEP_COLOUR = { due_soon: 'info', due_today: 'warning', overdue: 'danger' } as const;

export function InboxPage() {
  const { t, i18n } = useTranslation(NS);
  const query = useGetInbox();
  const when = (item: InboxItem) => {
    const date = formatDate(item.since, i18n.language);
    if (item.kind === 'case_running_late') return t('lateSince', { date });
    if (item.kind === 'follow_up_due' && item.dueDate) return t('dueOn', { date: formatDate(item.dueDate, i18n.language) });
    return t('since', { date });
  };
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('empty')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('intro')}</Paragraph>
              {GROUPS.map((group) => {
                const rows = items.filter((i) => group.kinds.includes(i.kind));
                if (rows.length === 0) return null;
                return (
                  <section key={group.key} aria-labelledby={`inbox-${group.key}`} data-testid={`inbox-${group.key}`}>
                    <Heading level={2} data-size="sm" id={`inbox-${group.key}`}>
                      {t(`groups.${group.key}`)} ({rows.length})
                    </Heading>
                    <ul className="plain-list">
                      {rows.map((item) => {
                        const link = linkOf(item);
                        const title = localised(item.title, i18n.language);
                        return (
                          <li
                            key={`${item.kind}-${item.applicationId ?? item.meetingId}-${item.itemNo ?? item.followUpNo ?? ''}`}
                            className="inbox-row"
                          >
                            {item.step ? (
                              <>
                                <Tag data-color={STEP_COLOUR[item.step]} data-size="sm">
                                  {t(`step.${item.step}`)}
                                </Tag>{' '}
                              </>
                            ) : null}
                            {link ? <Link to={link}>{title}</Link> : title}
                            <span className="muted"> · {when(item)}</span>
                          </li>
                        );
                      })}
                    </ul>
                  </section>
                );
              })}
            </>
          )
        }
      </QueryState>
    </>
  );
}
