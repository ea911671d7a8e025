import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../lib/api/views';
import { formatDate, formatSek } from '../../../lib/format';

/** The decision as the applicant receives it: outcome, amount, terms and the motivation. */
export function DecisionLetter({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const d = detail.decisionDetail;
  if (!d) return null;
  return (
    <section aria-labelledby="decision-heading">
      <Card>
        <Heading level={2} data-size="sm" id="decision-heading">
          {t('case.decisionLetter')}
        </Heading>
        <Paragraph>
          {t('case.decisionIntro', {
            caseNumber: detail.caseNumber,
            title: detail.title,
            outcome: t(`case.outcome.${d.outcome}`),
            date: formatDate(d.decidedOn, i18n.language),
          })}
        </Paragraph>
        <Paragraph>
          {d.by.kind === 'board'
            ? t('case.decidedByBoard', { date: d.by.meetingDate ?? '', item: d.by.itemNo ?? '' })
            : t('case.decidedByDelegation')}
        </Paragraph>
        {d.amountSek !== null ? <Paragraph>{t('case.amount', { amount: formatSek(d.amountSek, i18n.language) })}</Paragraph> : null}
        {d.terms ? <Paragraph>{t('case.termsPeriod', { from: d.terms.period.from, to: d.terms.period.to })}</Paragraph> : null}
        {d.terms?.conditions.length ? (
          <ul>
            {d.terms.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : null}
        {d.motivation ? <Paragraph className="pre-wrap">{d.motivation}</Paragraph> : null}
      </Card>
    </section>
  );
}
