import { Button, Card, Heading } from '@digdir/designsystemet-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/error-summary';
import { fieldErrorsOf, fieldId, fieldMessage } from '../../../components/field-errors';
import { ProblemAlert } from '../../../components/problem-alert';

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
  const errors = fieldErrorsOf(props.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <Card>
      <form onSubmit={submit} noValidate className="stack" aria-labelledby={`${props.id}-heading`}>
        <Heading level={3} data-size="xs" id={`${props.id}-heading`}>
          {props.title}
        </Heading>
        <FormErrorSummary
          errors={errors}
          labelOf={props.labelOf ?? ((f) => t(`prepare.fields.${f.replace(/\[\d+\]/g, '')}`, { defaultValue: f }))}
          idOf={(f) => `${props.id}-${fieldId(f)}`}
        />
        {errors.length === 0 ? <ProblemAlert error={props.error} /> : null}
        {props.children}
        <div className="actions">
          <Button type="submit" disabled={props.pending}>
            {props.submitLabel}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** Field id and error text for a field of a command form. */
export function useFieldError(formId: string, error: unknown) {
  const { t } = useTranslation();
  const errors = fieldErrorsOf(error);
  return {
    id: (path: string) => `${formId}-${fieldId(path)}`,
    error: (path: string) => {
      const e = errors.find((x) => x.field === path || x.field.startsWith(`${path}.`));
      return e ? fieldMessage(t, e) : undefined;
    },
  };
}
