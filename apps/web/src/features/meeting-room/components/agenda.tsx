import { Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeetingRoomView } from '../api/views';
import { NS } from '../i18n';

const COLOR = { pending: 'neutral', open: 'info', closed: 'success' } as const;

export function Agenda({ items }: { items: MeetingRoomView['items'] }) {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="agenda-heading" className="meeting-panel">
      <Heading level={2} data-size="sm" id="agenda-heading">
        {t('agenda.heading')}
      </Heading>
      <ol className="plain-list">
        {items.map((item) => (
          <li key={item.itemNo} id={`item-${item.itemNo}`}>
            {t('agenda.item', { itemNo: item.itemNo, title: item.title })}{' '}
            <Tag data-color={COLOR[item.status]}>{t(`agenda.itemStatus.${item.status}`)}</Tag>
            {item.outcome ? ` – ${t(`outcome.${item.outcome}`)}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
