import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatSek } from '../../../lib/format';
import type { RoomItem } from '../api/views';
import { NS } from '../i18n';

/** The item under discussion: the case, who presides and serves, the quorum, motions, question, votering, votes and outcome. */
export function OpenItem({ item }: { item: RoomItem | null }) {
  const { t, i18n } = useTranslation(NS);
  if (item === null) {
    return (
      <section aria-labelledby="open-item-heading" className="meeting-panel">
        <Heading level={2} data-size="sm" id="open-item-heading">
          {t('openItem.heading')}
        </Heading>
        <Paragraph>{t('openItem.none')}</Paragraph>
      </section>
    );
  }
  const quorate = item.quorum.participating >= item.quorum.required;
  const motionLabel = (n: number) => (n === 0 ? t('openItem.theRecommendation') : t('openItem.motionNo', { motionNo: n }));
  return (
    <section aria-labelledby="open-item-heading" className="meeting-panel">
      <Heading level={2} data-size="sm" id="open-item-heading">
        {t('openItem.heading')}
      </Heading>
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
        <dt>{t('openItem.presiding')}</dt>
        <dd>{item.presiding?.name ?? t('openItem.nobodyPresides')}</dd>
        <dt>{t('openItem.quorum')}</dt>
        <dd data-testid="quorum">
          <Tag data-color={quorate ? 'success' : 'danger'}>{quorate ? t('openItem.quorate') : t('openItem.notQuorate')}</Tag>{' '}
          {t('openItem.quorumValue', { ...item.quorum })}
        </dd>
        <dt>{t('openItem.serving')}</dt>
        <dd data-testid="serving">
          {item.serving
            .map((s) => (s.substitute ? t('openItem.servingSubstitute', { name: s.name, seat: s.seatName }) : s.name))
            .join(', ')}
        </dd>
        {item.recusals.length > 0 ? (
          <>
            <dt>{t('openItem.recused')}</dt>
            <dd>{item.recusals.map((r) => r.name).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <Heading level={3} data-size="xs">
        {t('openItem.motions')}
      </Heading>
      {item.motions.length === 0 ? (
        <Paragraph>{t('openItem.noMotions')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {item.motions.map((m) => (
            <li key={m.motionNo}>{t('openItem.motion', { motionNo: m.motionNo, name: m.name, kind: t(`motionKinds.${m.kind}`) })}</li>
          ))}
        </ul>
      )}
      {item.question ? (
        <Paragraph data-testid="question">{t('openItem.questionOn', { motion: motionLabel(item.question.motionNo) })}</Paragraph>
      ) : null}
      {item.votering ? <Paragraph>{t('openItem.votering', { name: item.votering.name })}</Paragraph> : null}
      {item.votering ? (
        <>
          <Heading level={3} data-size="xs">
            {t('openItem.votes')}
          </Heading>
          <Paragraph data-testid="votes-count">{t('openItem.votesCount', { count: item.voted.length })}</Paragraph>
          <ul className="plain-list">
            {(item.votes ?? item.voted).map((v) => (
              <li key={v.personId}>
                {'vote' in v
                  ? t('openItem.voted', { name: v.name, vote: t(`votes.${v.vote}`) })
                  : t('openItem.votedNoHow', { name: v.name })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.outcome ? (
        <Alert data-color={item.outcome.outcome === 'approved' ? 'success' : 'info'} data-testid="outcome">
          <Heading level={3} data-size="xs">
            {t('outcome.heading')}: {t(`outcome.${item.outcome.outcome}`)}
          </Heading>
          <Paragraph>
            {item.outcome.method === 'votering' ? t('outcome.votering', { ...item.outcome.tally }) : t('outcome.acclamation')}
          </Paragraph>
          {item.outcome.castingVote ? (
            <Paragraph>{t('outcome.castingVote', { vote: t(`votes.${item.outcome.castingVote}`) })}</Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {item.reservations.length > 0 ? (
        <Paragraph>
          {t('openItem.reservations')}: {item.reservations.map((r) => r.name).join(', ')}
        </Paragraph>
      ) : null}
    </section>
  );
}
