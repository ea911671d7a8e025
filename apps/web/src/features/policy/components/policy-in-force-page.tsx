import { Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { localised } from '../../../lib/i18n';
import { useGetPolicyInForce, type PolicyVersion } from '../api/policy';
import { PolicyNav } from './policy-nav';

/** The policy in force today, or on a chosen date. */
export function PolicyInForcePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const date = params.get('date');
  const [typed, setTyped] = useState(date ?? '');
  const query = useGetPolicyInForce(date);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(typed ? { date: typed } : {});
  };
  return (
    <>
      <PageHeading>{date ? t('policy.inForceOn', { date }) : t('policy.inForceToday')}</PageHeading>
      <PolicyNav />
      <form onSubmit={submit} className="inline-form" aria-label={t('policy.chooseDate')}>
        <Textfield
          id="policy-date"
          label={t('policy.date')}
          description={t('common.dateHint')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('policy.show')}
        </Button>
      </form>
      <QueryState query={query}>{(version) => <PolicyVersionView version={version} />}</QueryState>
    </>
  );
}

export function PolicyVersionView({ version }: { version: PolicyVersion }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="stack" aria-labelledby="policy-version-title">
      <Heading level={2} data-size="sm" id="policy-version-title">
        {version.title}
      </Heading>
      <Paragraph>
        {t('policy.versionFacts', {
          revision: version.revision,
          adopted: version.adoption?.adoptedOn ?? '—',
          effective: version.adoption?.effectiveFrom ?? '—',
        })}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {t('policy.rules')}
      </Heading>
      {version.rules.rules.length === 0 ? <Paragraph>{t('policy.noRules')}</Paragraph> : null}
      <ul className="plain-list">
        {version.rules.rules.map((r) => (
          <li key={r.id}>
            <Card>
              <Paragraph>
                <Tag data-color={r.severity === 'blocking' ? 'danger' : 'warning'}>{t(`case.severity.${r.severity}`)}</Tag>{' '}
                {localised(r.message, i18n.language)}
              </Paragraph>
              <Paragraph data-size="sm">{t('policy.ruleId', { id: r.id })}</Paragraph>
              {r.basis ? (
                <blockquote className="quote">
                  <Paragraph data-size="sm">{r.basis}</Paragraph>
                </blockquote>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
      <Heading level={3} data-size="xs">
        {t('policy.text')}
      </Heading>
      <div className="policy-text pre-wrap" lang="sv">
        {version.text}
      </div>
    </article>
  );
}
