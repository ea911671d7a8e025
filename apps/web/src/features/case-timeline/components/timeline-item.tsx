import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatSek } from '../../../lib/format';
import type { TimelineDecision, TimelineEntry } from '../api/case-timeline';
import { NS } from '../i18n';

/** One fact of the case: what (the log's own Swedish wording), when, who and why. */
export function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation(NS);
  const { t: common } = useTranslation();
  const role = entry.actor.role === 'system' ? t('system') : common(`roles.${entry.actor.role}`, { defaultValue: entry.actor.role });
  return (
    <li data-type={entry.type}>
      <Heading level={3} data-size="2xs">
        {entry.summary}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time> · {t('by', { name: entry.actor.name, role })}
      </Paragraph>
      {entry.motivation ? (
        <Paragraph data-size="sm">
          {t('why')}: {entry.motivation}
        </Paragraph>
      ) : null}
      {entry.policies && entry.policies.length > 0 ? (
        <Paragraph data-size="sm">
          {t('policies')}: {entry.policies.map((p) => t('policyRef', { title: p.title, revision: p.revision })).join('; ')}
        </Paragraph>
      ) : null}
      {entry.decision ? <Decision decision={entry.decision} /> : null}
    </li>
  );
}

function Decision({ decision: d }: { decision: TimelineDecision }) {
  const { t, i18n } = useTranslation(NS);
  const nameOf = (id: string) => d.board?.find((s) => s.personId === id)?.name ?? id;
  return (
    <div className="stack decision-details">
      <dl className="facts">
        <dt>{t('outcome')}</dt>
        <dd>{t(`outcomes.${d.outcome}`, { defaultValue: d.outcomeText })}</dd>
        <dt>{t('decidedBy')}</dt>
        <dd>{d.by === 'board' ? t('byBoard') : `${t('byDelegation')}${d.decidedBy ? ` (${d.decidedBy.name})` : ''}`}</dd>
        {d.amountSek !== null ? (
          <>
            <dt>{t('amount')}</dt>
            <dd>{formatSek(d.amountSek, i18n.language)}</dd>
          </>
        ) : null}
        {d.period ? (
          <>
            <dt>{t('period')}</dt>
            <dd>
              {d.period.from} – {d.period.to}
            </dd>
          </>
        ) : null}
        {d.conditions.length > 0 ? (
          <>
            <dt>{t('conditions')}</dt>
            <dd>{d.conditions.join('; ')}</dd>
          </>
        ) : null}
        {d.policy ? (
          <>
            <dt>{t('policy')}</dt>
            <dd data-testid="decision-policy">{t('policyRef', { title: d.policy.title, revision: d.policy.revision })}</dd>
          </>
        ) : null}
        {d.meeting ? (
          <>
            <dt>{t('meeting')}</dt>
            <dd>{t('meetingItem', { label: d.meeting.label ?? d.meeting.date ?? d.meeting.meetingId, itemNo: d.meeting.itemNo })}</dd>
          </>
        ) : null}
        {d.tally ? (
          <>
            <dt>{t('tally')}</dt>
            <dd>{t('tallyText', { yes: d.tally.yes, no: d.tally.no, abstain: d.tally.abstain })}</dd>
          </>
        ) : null}
        {d.quorum ? (
          <>
            <dt>{t('quorum')}</dt>
            <dd>{t('quorumText', { ...d.quorum })}</dd>
          </>
        ) : null}
      </dl>
      {d.board ? (
        <div>
          <Heading level={4} data-size="2xs">
            {t('board')}
          </Heading>
          <ul data-testid="board-that-day">
            {d.board.map((s) => (
              <li key={s.personId}>
                {t('seat', { name: s.name, position: s.positionText, organisation: s.memberOrganisation })}
                {s.substituteFor ? `, ${t('substituteFor', { name: nameOf(s.substituteFor) })}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {d.votes.length > 0 ? (
        <div>
          <Heading level={4} data-size="2xs">
            {t('votes')}
          </Heading>
          <ul data-testid="votes">
            {d.votes.map((v) => (
              <li key={v.personId}>
                {v.name}: {t(`votesText.${v.vote}`, { defaultValue: v.voteText })}
                {v.replacing ? ` (${t('substituteFor', { name: nameOf(v.replacing) })})` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <Heading level={4} data-size="2xs">
          {t('recusals')}
        </Heading>
        {d.recusals.length === 0 ? (
          <Paragraph data-size="sm">{t('none')}</Paragraph>
        ) : (
          <ul data-testid="recusals">
            {d.recusals.map((r) => (
              <li key={r.personId}>{t('recusal', { name: r.name, reason: r.reason })}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
