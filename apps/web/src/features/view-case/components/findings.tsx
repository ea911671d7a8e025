import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseScreeningView } from '../../../lib/api/views';
import { formatDate } from '../../../lib/format';
import { localised } from '../../../lib/i18n';

/** The latest screening: each finding with its rule, the policy version and the quoted basis. */
export function Findings({ screening }: { screening: CaseScreeningView | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="findings-heading" className="stack">
      <Heading level={2} data-size="sm" id="findings-heading">
        {t('case.findings')}
      </Heading>
      {!screening ? (
        <Paragraph>{t('case.notScreened')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('case.screenedOn', {
              date: formatDate(screening.screenedOn, i18n.language),
              revision: screening.applicationRevision,
              policies: screening.policies.map((p) => t('case.policyVersion', { title: p.title, revision: p.revision })).join(', '),
            })}
          </Paragraph>
          {screening.findings.length === 0 ? <Paragraph>{t('case.noFindings')}</Paragraph> : null}
          <ul className="plain-list">
            {screening.findings.map((f) => (
              <li key={`${f.policyId}-${f.ruleId}`}>
                <Card data-color={f.severity === 'blocking' ? 'danger' : 'warning'}>
                  <Heading level={3} data-size="2xs">
                    <Tag data-color={f.severity === 'blocking' ? 'danger' : 'warning'}>{t(`case.severity.${f.severity}`)}</Tag>{' '}
                    {localised(f.message, i18n.language)}
                  </Heading>
                  <Paragraph data-size="sm">{t('case.rule', { rule: f.ruleId, policy: f.policyId, revision: f.policyRevision })}</Paragraph>
                  {f.basis ? (
                    <blockquote className="quote">
                      <Paragraph data-size="sm">{f.basis}</Paragraph>
                    </blockquote>
                  ) : null}
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
