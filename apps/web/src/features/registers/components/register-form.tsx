import { Textfield } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandForm, useCommandField } from '../../../components/command-form';

/** The label of an API field path (`units[0].code`, `criteria.participation.met`) from the message files. */
export const useFieldLabel = () => {
  const { t } = useTranslation();
  return (path: string) => t(`registers.fields.${path.replace(/\[\d+\]/g, '')}`, { defaultValue: path });
};

/**
 * One register command as a form: nothing is checked here; the API's 400 names each wrong field
 * (summary with links, and the message at the field) and its 422 says which register rule is broken.
 */
export function RegisterForm(props: {
  id: string;
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  done: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const labelOf = useFieldLabel();
  return <CommandForm {...props} labelOf={labelOf} headingLevel={3} />;
}

/** Field id, label and error text of a field in one of the register forms. */
export function useRegisterField(formId: string, error: unknown) {
  return useCommandField(formId, error, useFieldLabel());
}

/** Name and organisation number, the two fields every register entry starts with (members and providers alike). */
export function OrganisationFields(props: {
  f: ReturnType<typeof useRegisterField>;
  value: { name: string; organisationNumber: string };
  onChange: (patch: { name?: string; organisationNumber?: string }) => void;
}) {
  const { t } = useTranslation();
  const { f, value, onChange } = props;
  return (
    <div className="two-columns">
      <Textfield
        id={f.id('name')}
        label={f.label('name')}
        value={value.name}
        onChange={(e) => onChange({ name: e.target.value })}
        error={f.error('name')}
      />
      <Textfield
        id={f.id('organisationNumber')}
        label={f.label('organisationNumber')}
        description={t('registers.orgNoHint')}
        value={value.organisationNumber}
        onChange={(e) => onChange({ organisationNumber: e.target.value })}
        error={f.error('organisationNumber')}
      />
    </div>
  );
}
