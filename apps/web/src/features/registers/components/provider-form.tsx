import { Checkbox } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterProvider } from '../api/registers';
import { OrganisationFields, RegisterForm, useRegisterField } from './register-form';

const empty = { name: '', organisationNumber: '', presentsAsAsf: true };

/** A provider (utförare); whether it is an ASF is not what it says but what the director's assessment finds. */
export function ProviderForm() {
  const { t } = useTranslation();
  const register = useRegisterProvider();
  const [v, setV] = useState(empty);
  const [done, setDone] = useState<string | null>(null);
  const f = useRegisterField('provider', register.error);
  const onSubmit = () => {
    setDone(null);
    register.mutate(v, {
      onSuccess: () => {
        setDone(t('registers.provider.done', { name: v.name }));
        setV(empty);
      },
    });
  };
  return (
    <RegisterForm
      id="provider"
      title={t('registers.provider.title')}
      submitLabel={t('registers.provider.submit')}
      pending={register.isPending}
      error={register.error}
      done={done}
      onSubmit={onSubmit}
    >
      <OrganisationFields f={f} value={v} onChange={(patch) => setV({ ...v, ...patch })} />
      <Checkbox
        id={f.id('presentsAsAsf')}
        label={f.label('presentsAsAsf')}
        checked={v.presentsAsAsf}
        onChange={(e) => setV({ ...v, presentsAsAsf: e.target.checked })}
      />
    </RegisterForm>
  );
}
