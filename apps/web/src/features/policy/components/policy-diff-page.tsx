import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { SelectField } from '../../../components/select-field';
import { localised } from '../../../lib/i18n';
import { useDiffPolicyVersions, useGetPolicyVersions, type PolicyDiff } from '../api/policy';
import { PolicyNav } from './policy-nav';

/** What changed between two versions, in the text and in the rules. */
export function PolicyDiffPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const versions = useGetPolicyVersions();
  const count = versions.data?.versions.length ?? 0;
  const from = Number(params.get('from') ?? Math.max(1, count - 1));
  const to = Number(params.get('to') ?? count);
  const [choice, setChoice] = useState<{ from: string; to: string } | null>(null);
  const current = choice ?? { from: String(from), to: String(to) };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ from: current.from, to: current.to });
  };
  return (
    <>
      <PageHeading>{t('policy.diff')}</PageHeading>
      <PolicyNav />
      <QueryState query={versions}>
        {({ versions: list }) => (
          <>
            <form onSubmit={submit} className="inline-form" aria-label={t('policy.chooseVersions')}>
              {(['from', 'to'] as const).map((side) => (
                <SelectField
                  key={side}
                  id={`diff-${side}`}
                  label={t(`policy.diff${side === 'from' ? 'From' : 'To'}`)}
                  value={current[side]}
                  onChange={(x) => setChoice({ ...current, [side]: x })}
                >
                  {list.map((v) => (
                    <option key={v.revision} value={v.revision}>
                      {v.revision}: {v.title}
                    </option>
                  ))}
                </SelectField>
              ))}
              <Button type="submit" variant="secondary">
                {t('policy.compare')}
              </Button>
            </form>
            {count > 1 ? <Diff from={from} to={to} /> : null}
          </>
        )}
      </QueryState>
    </>
  );
}

function Diff({ from, to }: { from: number; to: number }) {
  const query = useDiffPolicyVersions(from, to);
  return <QueryState query={query}>{(diff) => <DiffView diff={diff} />}</QueryState>;
}

function DiffView({ diff }: { diff: PolicyDiff }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stack">
      <Heading level={2} data-size="sm">
        {t('policy.diffHeading', { from: diff.from, to: diff.to })}
      </Heading>
      {diff.title.changed ? <Paragraph>{t('policy.titleChanged', { from: diff.title.from, to: diff.title.to })}</Paragraph> : null}
      <Heading level={3} data-size="xs">
        {t('policy.rulesChanged')}
      </Heading>
      <ul>
        {diff.rules.added.map((r) => (
          <li key={`a-${r.id}`}>
            <ins>{t('policy.ruleAdded', { id: r.id, text: localised(r.message, i18n.language) })}</ins>
          </li>
        ))}
        {diff.rules.removed.map((r) => (
          <li key={`r-${r.id}`}>
            <del>{t('policy.ruleRemoved', { id: r.id, text: localised(r.message, i18n.language) })}</del>
          </li>
        ))}
        {diff.rules.changed.map((r) => (
          <li key={`c-${r.id}`}>{t('policy.ruleChanged', { id: r.id })}</li>
        ))}
        {diff.rules.added.length + diff.rules.removed.length + diff.rules.changed.length === 0 ? (
          <li>{t('policy.noRuleChanges')}</li>
        ) : null}
      </ul>
      <Heading level={3} data-size="xs">
        {t('policy.textChanged', { added: diff.text.added, removed: diff.text.removed })}
      </Heading>
      <div className="policy-text diff" lang="sv">
        {diff.text.hunks.map((h, i) =>
          h.kind === 'added' ? (
            <ins key={i} className="pre-wrap">
              <span className="visually-hidden">{t('policy.added')}: </span>
              {h.value}
            </ins>
          ) : h.kind === 'removed' ? (
            <del key={i} className="pre-wrap">
              <span className="visually-hidden">{t('policy.removed')}: </span>
              {h.value}
            </del>
          ) : (
            <span key={i} className="pre-wrap">
              {h.value}
            </span>
          ),
        )}
      </div>
    </div>
  );
}
