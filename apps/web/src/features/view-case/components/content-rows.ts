import type { TFunction } from 'i18next';
import type { ApplicationContent } from '../../../lib/api/views';
import { formatSek } from '../../../lib/format';

/** An application's content as labelled lines, the same for every revision so two can be compared. */
export function contentRows(c: ApplicationContent, t: TFunction, language: string): Array<{ key: string; label: string; value: string }> {
  const yes = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  return [
    { key: 'title', label: t('form.fields.title'), value: c.title },
    { key: 'description', label: t('form.fields.description'), value: c.description },
    { key: 'category', label: t('form.fields.category'), value: t(`form.category.${c.category}`) },
    { key: 'kind', label: t('form.fields.kind'), value: c.kind },
    { key: 'targetGroups', label: t('form.fields.targetGroups'), value: c.targetGroups.join(', ') },
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
