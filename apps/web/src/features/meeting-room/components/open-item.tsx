import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatSek } from '../../../lib/format';
import type { AgendaItemView } from '../api/views';
import { NS } from '../i18n';
import { OutcomeView } from './outcome-view';

/** The item under discussion: the case, the recommendation, jäv, who has voted (never how) and the outcome. */
export function OpenItem({ item, nameOf }: { item: AgendaItemView | null; nameOf: (id: string) => string }) {
  const { t, i18n } = useTranslation(NS);
  return (
    <section aria-labelledby="open-item-heading" className="meeting-panel">
      <Heading level={2} data-size="sm" id="open-item-heading">
        {t('openItem.heading')}
      </Heading>
      {item === null ? (
        <Paragraph>{t('openItem.none')}</Paragraph>
      ) : (
        <>
          <Heading level={3} data-size="xs">
            {t('agenda.item', { itemNo: item.itemNo, title: item.title })}
          </Heading>
          <Paragraph>{t('agenda.caseNumber', { caseNumber: item.caseNumber })}</Paragraph>
          <dl className="facts">
            <dt>{t('openItem.recommendation')}</dt>
            <dd>{t(`openItem.recommendationValue.${item.recommendation}`)}</dd>
            {item.terms ? (
              <>
                <dt>{t('openItem.amount')}</dt>
                <dd>{formatSek(item.terms.amountSek, i18n.language)}</dd>
              </>
            ) : null}
            <dt>{t('openItem.motivation')}</dt>
            <dd>{item.motivation}</dd>
          </dl>
          {item.recusals.length > 0 ? (
            <Paragraph>
              {t('openItem.recused')}: {item.recusals.map((r) => nameOf(r.personId)).join(', ')}
            </Paragraph>
          ) : null}
          <Heading level={3} data-size="xs">
            {t('openItem.votes')}
          </Heading>
          {item.votes.length === 0 ? (
            <Paragraph>{t('openItem.noVotes')}</Paragraph>
          ) : (
            <>
              <Paragraph data-testid="votes-count">{t('openItem.votesCount', { count: item.votes.length })}</Paragraph>
              <ul className="plain-list">
                {item.votes.map((v) => (
                  <li key={v.personId}>{t('openItem.votedNoHow', { name: nameOf(v.personId) })}</li>
                ))}
              </ul>
            </>
          )}
          {item.outcome ? <OutcomeView outcome={item.outcome} /> : null}
        </>
      )}
    </section>
  );
}
