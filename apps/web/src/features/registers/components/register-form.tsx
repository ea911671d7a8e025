import { Button, Card, Heading } from '@digdir/designsystemet-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/error-summary';
import { fieldErrorsOf, fieldId, fieldMessage } from '../../../components/field-errors';
import { ProblemAlert } from '../../../components/problem-alert';

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
        <FormErrorSummary errors={errors} labelOf={labelOf} idOf={(f) => `${props.id}-${fieldId(f)}`} />
        {errors.length === 0 ? <ProblemAlert error={props.error} /> : null}
        {props.done && !props.error ? (
          <p role="status" className="muted">
            {props.done}
          </p>
        ) : null}
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

/** Field id, label and error text of a field in one of the register forms. */
export function useRegisterField(formId: string, error: unknown) {
  const { t } = useTranslation();
  const labelOf = useFieldLabel();
  const errors = fieldErrorsOf(error);
  return {
    id: (path: string) => `${formId}-${fieldId(path)}`,
    label: labelOf,
    error: (path: string) => {
      const e = errors.find((x) => x.field === path || x.field.startsWith(`${path}.`));
      return e ? fieldMessage(t, e) : undefined;
    },
  };
}
