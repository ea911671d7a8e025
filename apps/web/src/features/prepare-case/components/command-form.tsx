import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandForm as SharedCommandForm, useCommandField } from '../../../components/command-form';

/** One of the director's commands as a small form: its heading, fields, the API's verdict and a send button. */
export function CommandForm(props: {
  id: string;
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: () => void;
  children: ReactNode;
  /** The label of a field the API names; the preparation's own fields by default. */
  labelOf?: (field: string) => string;
}) {
  const { t } = useTranslation();
  const labelOf = props.labelOf ?? ((f: string) => t(`prepare.fields.${f.replace(/\[\d+\]/g, '')}`, { defaultValue: f }));
  return <SharedCommandForm {...props} labelOf={labelOf} headingLevel={3} />;
}

/** Field id and error text for a field of a command form. */
export function useFieldError(formId: string, error: unknown) {
  const { id, error: errorAt } = useCommandField(formId, error, (f) => f);
  return { id, error: errorAt };
}
