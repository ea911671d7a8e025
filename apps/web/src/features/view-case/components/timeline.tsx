import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseHistoryEntry } from '../../../lib/api/views';
import { formatDateTime } from '../../../lib/format';

/** What happened to the case, in order, in words. */
export function Timeline({ history }: { history: CaseHistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="timeline-heading" className="stack">
      <Heading level={2} data-size="sm" id="timeline-heading">
        {t('case.timeline')}
      </Heading>
      <ol className="timeline">
        {history.map((h) => (
          <li key={h.position}>
            <time dateTime={h.at}>{formatDateTime(h.at, i18n.language)}</time> — {t(`events.${h.type}`, { defaultValue: h.type })}{' '}
            <span className="muted">({t(`roles.${h.actor.role}`, { defaultValue: h.actor.role })})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
