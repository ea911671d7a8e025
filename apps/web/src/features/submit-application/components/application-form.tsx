import { Button, Checkbox, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/error-summary';
import { fieldErrorsOf, fieldId, fieldMessage } from '../../../components/field-errors';
import { ProblemAlert } from '../../../components/problem-alert';
import { SelectField } from '../../../components/select-field';
import { localised } from '../../../lib/i18n';
import { useGetPolicyOptions } from '../api/application-form';
import { useListMembers, useListProviders } from '../api/registers';
import { QUESTIONS, type FormValues } from './form-values';

const RELATIONS = ['procurement', 'agreement', 'iop', 'own_operation'] as const;

/** One option per registered organisation, named and keyed by its organisation number. */
function OrganisationOptions({ organisations }: { organisations: readonly { organisationNumber: string; name: string }[] }) {
  return (
    <>
      {organisations.map((o) => (
        <option key={o.organisationNumber} value={o.organisationNumber}>
          {o.name}
        </option>
      ))}
    </>
  );
}

/**
 * The application as the API takes it. Nothing is checked here: the API's 400 names each wrong
 * field and its 422 says which rule is broken; both are shown where the person can act on them.
 */
export function ApplicationForm(props: {
  values: FormValues;
  onChange: (v: FormValues) => void;
  onSubmit: () => void;
  submitting: boolean;
  error: unknown;
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const options = useGetPolicyOptions();
  const members = useListMembers().data?.members ?? [];
  const providers = useListProviders().data?.providers ?? [];
  const v = props.values;
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => props.onChange({ ...v, [key]: value });
  const errors = fieldErrorsOf(props.error);
  const errorFor = (path: string) => {
    const e = errors.find((x) => x.field === path);
    return e ? fieldMessage(t, e) : undefined;
  };
  const labelOf = (path: string) => t(`form.fields.${path.replace(/\[\d+\]/g, '')}`, { defaultValue: path });
  const text = (path: string, key: keyof FormValues, extra: { description?: string; multiline?: boolean } = {}) => {
    const common = {
      id: fieldId(path),
      label: labelOf(path),
      description: extra.description,
      value: v[key] as string,
      error: errorFor(path),
    };
    return extra.multiline ? (
      <Textfield {...common} multiline rows={6} onChange={(e) => set(key, e.target.value as never)} />
    ) : (
      <Textfield {...common} type="text" onChange={(e) => set(key, e.target.value as never)} />
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  const kinds = options.data?.rules.fundableKinds ?? [];
  const groups = options.data?.rules.targetGroups ?? [];
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormErrorSummary errors={errors} labelOf={labelOf} />
      {errors.length === 0 ? <ProblemAlert error={props.error} /> : null}
      <Fieldset>
        <Fieldset.Legend>{t('form.sections.initiative')}</Fieldset.Legend>
        {text('title', 'title')}
        {text('description', 'description', { multiline: true, description: t('form.hints.description') })}
        {text('aims', 'aims', { multiline: true })}
        <Fieldset>
          <Fieldset.Legend>{labelOf('category')}</Fieldset.Legend>
          {(['individual', 'structural'] as const).map((c) => (
            <Radio
              key={c}
              name="category"
              value={c}
              label={t(`form.category.${c}`)}
              checked={v.category === c}
              onChange={() => set('category', c)}
            />
          ))}
        </Fieldset>
        <SelectField id={fieldId('kind')} label={labelOf('kind')} value={v.kind} onChange={(x) => set('kind', x)} error={errorFor('kind')}>
          <option value="">{t('form.choose')}</option>
          {kinds
            .filter((k) => k.category === v.category)
            .map((k) => (
              <option key={k.kind} value={k.kind}>
                {localised(k.label, i18n.language)}
              </option>
            ))}
        </SelectField>
        <Fieldset id={fieldId('targetGroups')}>
          <Fieldset.Legend>{labelOf('targetGroups')}</Fieldset.Legend>
          {groups.map((g) => (
            <Checkbox
              key={g.code}
              value={g.code}
              label={localised(g.label, i18n.language)}
              checked={v.targetGroups.includes(g.code)}
              onChange={(e) =>
                set('targetGroups', e.target.checked ? [...v.targetGroups, g.code] : v.targetGroups.filter((x) => x !== g.code))
              }
            />
          ))}
        </Fieldset>
        <div className="two-columns">
          {text('period.from', 'periodFrom', { description: t('common.dateHint') })}
          {text('period.to', 'periodTo', { description: t('common.dateHint') })}
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('form.sections.parties')}</Fieldset.Legend>
        <SelectField
          id={fieldId('applicant.organisationNumber')}
          label={labelOf('applicant.organisationNumber')}
          value={v.applicantOrgNo}
          onChange={(x) => props.onChange({ ...v, applicantOrgNo: x, applicantUnit: '' })}
          error={errorFor('applicant.organisationNumber')}
        >
          <option value="">{t('form.choose')}</option>
          <OrganisationOptions organisations={members} />
        </SelectField>
        <SelectField
          id={fieldId('applicant.unit')}
          label={labelOf('applicant.unit')}
          value={v.applicantUnit}
          onChange={(x) => set('applicantUnit', x)}
          error={errorFor('applicant.unit')}
        >
          <option value="">{t('form.choose')}</option>
          {(members.find((m) => m.organisationNumber === v.applicantOrgNo)?.units ?? []).map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId('procuringMember.organisationNumber')}
          label={labelOf('procuringMember.organisationNumber')}
          value={v.memberOrgNo}
          onChange={(x) => set('memberOrgNo', x)}
          error={errorFor('procuringMember.organisationNumber')}
        >
          <option value="">{t('form.choose')}</option>
          <OrganisationOptions organisations={members} />
        </SelectField>
        <SelectField
          id={fieldId('provider.organisationNumber')}
          label={labelOf('provider.organisationNumber')}
          value={v.providerOrgNo}
          onChange={(x) => set('providerOrgNo', x)}
          error={errorFor('provider.organisationNumber')}
        >
          <option value="">{t('form.choose')}</option>
          <OrganisationOptions organisations={providers} />
          <OrganisationOptions organisations={members} />
        </SelectField>
        <SelectField
          id={fieldId('provider.relation')}
          label={labelOf('provider.relation')}
          value={v.providerRelation}
          onChange={(x) => set('providerRelation', x)}
        >
          {RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`relation.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId('staffEmployer.organisationNumber')}
          label={labelOf('staffEmployer.organisationNumber')}
          value={v.staffEmployerOrgNo}
          onChange={(x) => set('staffEmployerOrgNo', x)}
          error={errorFor('staffEmployer.organisationNumber')}
        >
          <option value="">{t('form.noStaff')}</option>
          <OrganisationOptions organisations={members} />
        </SelectField>
        <SelectField
          id={fieldId('fundingRecipient.organisationNumber')}
          label={labelOf('fundingRecipient.organisationNumber')}
          value={v.recipientOrgNo}
          onChange={(x) => set('recipientOrgNo', x)}
          error={errorFor('fundingRecipient.organisationNumber')}
        >
          <option value="">{t('form.choose')}</option>
          <OrganisationOptions organisations={members} />
        </SelectField>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('form.sections.budget')}</Fieldset.Legend>
        {v.budget.map((row, i) => (
          <div className="two-columns" key={i}>
            <Textfield
              id={fieldId(`budget[${i}].year`)}
              label={t('form.budgetYear', { n: i + 1 })}
              inputMode="numeric"
              value={row.year}
              onChange={(e) =>
                set(
                  'budget',
                  v.budget.map((b, j) => (j === i ? { ...b, year: e.target.value } : b)),
                )
              }
              error={errorFor(`budget[${i}].year`)}
            />
            <Textfield
              id={fieldId(`budget[${i}].amountSek`)}
              label={t('form.budgetAmount', { n: i + 1 })}
              inputMode="numeric"
              suffix="kr"
              value={row.amountSek}
              onChange={(e) =>
                set(
                  'budget',
                  v.budget.map((b, j) => (j === i ? { ...b, amountSek: e.target.value } : b)),
                )
              }
              error={errorFor(`budget[${i}].amountSek`)}
            />
          </div>
        ))}
        <div className="actions">
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              set('budget', [...v.budget, { year: String(Number(v.budget.at(-1)?.year ?? new Date().getFullYear()) + 1), amountSek: '' }])
            }
          >
            {t('form.addYear')}
          </Button>
          {v.budget.length > 1 ? (
            <Button type="button" variant="tertiary" onClick={() => set('budget', v.budget.slice(0, -1))}>
              {t('form.removeYear')}
            </Button>
          ) : null}
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('form.sections.questions')}</Fieldset.Legend>
        {QUESTIONS.map((q) => (
          <Fieldset key={q} id={fieldId(`answers.${q}`)}>
            <Fieldset.Legend>{labelOf(`answers.${q}`)}</Fieldset.Legend>
            {(['yes', 'no'] as const).map((x) => (
              <Radio
                key={x}
                name={`answer-${q}`}
                value={x}
                label={t(`common.${x}`)}
                checked={v.answers[q] === x}
                onChange={() => set('answers', { ...v.answers, [q]: x })}
                error={x === 'no' ? errorFor(`answers.${q}`) : undefined}
              />
            ))}
          </Fieldset>
        ))}
      </Fieldset>
      <div className="actions">
        <Button type="submit" disabled={props.submitting}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
