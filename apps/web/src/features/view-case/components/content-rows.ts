import type { TFunction } from 'i18next';
import type { ApplicationContent } from '../../../lib/api/views';
import { formatSek } from '../../../lib/format';
import { localised } from '../../../lib/i18n';
import type { PolicyOptions } from '../../submit-application';

/**
 * Kinds and target groups are codes in the application; their words are in the policy's catalogue.
 * A code the catalogue in force no longer lists (an older policy version) is shown as it is.
 */
export function catalogueLabels(policy: PolicyOptions | undefined, language: string) {
  const kinds = new Map((policy?.rules.fundableKinds ?? []).map((k) => [k.kind, localised(k.label, language)]));
  const groups = new Map((policy?.rules.targetGroups ?? []).map((g) => [g.code, localised(g.label, language)]));
  return { kind: (code: string) => kinds.get(code) ?? code, targetGroup: (code: string) => groups.get(code) ?? code };
}
export type CatalogueLabels = ReturnType<typeof catalogueLabels>;

/** An application's content as labelled lines, the same for every revision so two can be compared. */
export function contentRows(
  c: ApplicationContent,
  t: TFunction,
  language: string,
  labels: CatalogueLabels,
): Array<{ key: string; label: string; value: string }> {
  const yes = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  return [
    { key: 'title', label: t('form.fields.title'), value: c.title },
    { key: 'description', label: t('form.fields.description'), value: c.description },
    { key: 'category', label: t('form.fields.category'), value: t(`form.category.${c.category}`) },
    { key: 'kind', label: t('form.fields.kind'), value: labels.kind(c.kind) },
    { key: 'targetGroups', label: t('form.fields.targetGroups'), value: c.targetGroups.map(labels.targetGroup).join(', ') },
    { key: 'period', label: t('case.period'), value: `${c.period.from} – ${c.period.to}` },
    {
      key: 'applicant',
      label: t('form.sections.applicant'),
      value: `${c.applicant.name} (${c.applicant.organisationNumber})${c.applicant.unit ? `, ${c.applicant.unit.name}` : ''}`,
    },
    {
      key: 'procuringMember',
      label: t('form.sections.member'),
      value: `${c.procuringMember.name} (${c.procuringMember.organisationNumber}), ${t(`memberKind.${c.procuringMember.kind}`)}`,
    },
    {
      key: 'provider',
      label: t('form.sections.provider'),
      value: `${c.provider.name} (${c.provider.organisationNumber}); ${t('form.fields.provider.isAsf')}: ${yes(c.provider.isAsf)}; ${t(`relation.${c.provider.relation}`)}`,
    },
    {
      key: 'budget',
      label: t('form.sections.budget'),
      value: c.budget.map((b) => `${b.year}: ${formatSek(b.amountSek, language)}`).join('; '),
    },
    { key: 'aims', label: t('form.fields.aims'), value: c.aims ?? '' },
    {
      key: 'staffEmployer',
      label: t('form.fields.staffEmployer.organisationNumber'),
      value: c.staffEmployer ? `${c.staffEmployer.name} (${c.staffEmployer.organisationNumber})` : t('form.noStaff'),
    },
    {
      key: 'fundingRecipient',
      label: t('form.fields.fundingRecipient.organisationNumber'),
      value: `${c.fundingRecipient.name} (${c.fundingRecipient.organisationNumber})`,
    },
    ...(c.answers
      ? (['grantToBusiness', 'aimedAtAsfStaff', 'startsOrDevelopsAsf', 'paysMembershipFees'] as const).map((q) => ({
          key: `answers.${q}`,
          label: t(`form.fields.answers.${q}`),
          value: yes(c.answers![q]),
        }))
      : []),
  ];
}
