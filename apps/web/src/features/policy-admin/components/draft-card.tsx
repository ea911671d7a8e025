import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { localised } from '../../../lib/i18n';
import { useDiffPolicyVersions, type PolicyVersionDiff, type PolicyVersionView } from '../api/policy-admin';
import { NS } from '../i18n';
import { AdoptForm } from './adopt-form';

/** A draft: what it changes against the version in force, and recording its adoption. */
export function DraftCard({
  draft,
  inForce,
  onAdopted,
}: {
  draft: PolicyVersionView;
  inForce: PolicyVersionView | null;
  onAdopted: (message: string) => void;
}) {
  const { t } = useTranslation(NS);
  const id = `draft-${draft.revision}`;
  return (
    <Card className="stack" aria-labelledby={id} data-testid={id}>
      <Heading level={3} data-size="xs" id={id}>
        {t('draftHeading', { revision: draft.revision, title: draft.title })}
      </Heading>
      {inForce ? <Diff from={inForce.revision} to={draft.revision} /> : <Paragraph>{t('noBase')}</Paragraph>}
      <AdoptForm revision={draft.revision} onAdopted={onAdopted} />
    </Card>
  );
}

function Diff({ from, to }: { from: number; to: number }) {
  const query = useDiffPolicyVersions(from, to);
  return <QueryState query={query}>{(diff) => <DiffView diff={diff} />}</QueryState>;
}

function DiffView({ diff }: { diff: PolicyVersionDiff }) {
  const { t, i18n } = useTranslation(NS);
  const text = (m: { sv: string; en: string }) => localised(m, i18n.language);
  const none = diff.rules.added.length + diff.rules.removed.length + diff.rules.changed.length === 0;
  return (
    <div className="stack" data-testid="policy-diff">
      <Heading level={4} data-size="2xs">
        {t('diffHeading', { from: diff.from })}
      </Heading>
      <Paragraph data-size="sm">
        {diff.text.changed ? t('textChanged', { added: diff.text.added, removed: diff.text.removed }) : t('textUnchanged')}
      </Paragraph>
      {none ? (
        <Paragraph data-size="sm">{t('noRuleChanges')}</Paragraph>
      ) : (
        <ul>
          {diff.rules.added.map((r) => (
            <li key={`a-${r.id}`}>
              <ins>{t('ruleAdded', { id: r.id, text: text(r.message) })}</ins>
            </li>
          ))}
          {diff.rules.removed.map((r) => (
            <li key={`r-${r.id}`}>
              <del>{t('ruleRemoved', { id: r.id, text: text(r.message) })}</del>
            </li>
          ))}
          {diff.rules.changed.map((c) => (
            <li key={`c-${c.ruleId}`}>{t('ruleChanged', { id: c.ruleId, text: text(c.to.message) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
