import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field';
import { useRegisterMember } from '../api/registers';
import { OrganisationFields, RegisterForm, useRegisterField } from './register-form';

const KINDS = ['kommun', 'region', 'arbetsformedlingen', 'forsakringskassan'] as const;
const empty = { kind: '', name: '', organisationNumber: '', units: [{ code: '', name: '' }] };

/** A member with its units; registering the same organisation number again adds units (none is removed). */
export function MemberForm() {
  const { t } = useTranslation();
  const register = useRegisterMember();
  const [v, setV] = useState(empty);
  const [done, setDone] = useState<string | null>(null);
  const f = useRegisterField('member', register.error);
  const setUnit = (i: number, key: 'code' | 'name', value: string) =>
    setV({ ...v, units: v.units.map((u, j) => (j === i ? { ...u, [key]: value } : u)) });
  const onSubmit = () => {
    setDone(null);
    const body = { kind: (v.kind || undefined) as never, name: v.name, organisationNumber: v.organisationNumber, units: v.units };
    register.mutate(body, {
      onSuccess: () => {
        setDone(t('registers.member.done', { name: v.name }));
        setV(empty);
      },
    });
  };
  return (
    <RegisterForm
      id="member"
      title={t('registers.member.title')}
      submitLabel={t('registers.member.submit')}
      pending={register.isPending}
      error={register.error}
      done={done}
      onSubmit={onSubmit}
    >
      <SelectField
        id={f.id('kind')}
        label={f.label('kind')}
        value={v.kind}
        onChange={(kind) => setV({ ...v, kind })}
        error={f.error('kind')}
      >
        <option value="">{t('form.choose')}</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`memberKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <OrganisationFields f={f} value={v} onChange={(patch) => setV({ ...v, ...patch })} />
      <Fieldset id={f.id('units')}>
        <Fieldset.Legend>{f.label('units')}</Fieldset.Legend>
        <Fieldset.Description>{t('registers.member.unitsHint')}</Fieldset.Description>
        {v.units.map((u, i) => (
          <div className="two-columns" key={i}>
            <Textfield
              id={f.id(`units[${i}].name`)}
              label={t('registers.member.unitName', { n: i + 1 })}
              value={u.name}
              onChange={(e) => setUnit(i, 'name', e.target.value)}
              error={f.error(`units[${i}].name`)}
            />
            <Textfield
              id={f.id(`units[${i}].code`)}
              label={t('registers.member.unitCode', { n: i + 1 })}
              value={u.code}
              onChange={(e) => setUnit(i, 'code', e.target.value)}
              error={f.error(`units[${i}].code`)}
            />
          </div>
        ))}
        <div className="actions">
          <Button type="button" variant="secondary" onClick={() => setV({ ...v, units: [...v.units, { code: '', name: '' }] })}>
            {t('registers.member.addUnit')}
          </Button>
          {v.units.length > 1 ? (
            <Button type="button" variant="tertiary" onClick={() => setV({ ...v, units: v.units.slice(0, -1) })}>
              {t('registers.member.removeUnit')}
            </Button>
          ) : null}
        </div>
      </Fieldset>
    </RegisterForm>
  );
}
