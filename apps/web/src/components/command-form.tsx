import { Button, Card, Heading } from '@digdir/designsystemet-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from './error-summary';
import { fieldErrorsOf, fieldId, fieldMessage } from './field-errors';
import { ProblemAlert } from './problem-alert';

/**
 * One command as a form. Nothing is checked here: the API's 400 names each wrong field (a summary
 * that links to it, and the message at the field) and its 422 says which rule was broken.
 */
export function CommandForm(props: {
  id: string;
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** A line that says the command went through; nothing when the form has no such line. */
  done?: string | null;
  labelOf: (field: string) => string;
  onSubmit: () => void;
  children: ReactNode;
  /** 3 when the form sits under a section heading of its page. */
  headingLevel?: 2 | 3;
}) {
  const errors = fieldErrorsOf(props.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <Card>
      <form onSubmit={submit} noValidate className="stack" aria-labelledby={`${props.id}-heading`}>
        <Heading level={props.headingLevel ?? 2} data-size="xs" id={`${props.id}-heading`}>
          {props.title}
        </Heading>
        <FormErrorSummary errors={errors} labelOf={props.labelOf} idOf={(f) => commandFieldId(props.id, f)} />
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

/** The DOM id of a field of a command form: the API's field path under the form's id. */
export const commandFieldId = (formId: string, path: string) => `${formId}-${fieldId(path)}`;

/** Field id, label and error text of a field in a command form. */
export function useCommandField(formId: string, error: unknown, labelOf: (field: string) => string) {
  const { t } = useTranslation();
  const errors = fieldErrorsOf(error);
  const id = (path: string) => commandFieldId(formId, path);
  const errorAt = (path: string) => {
    const e = errors.find((x) => x.field === path || x.field.startsWith(`${path}.`) || x.field.startsWith(`${path}[`));
    return e ? fieldMessage(t, e) : undefined;
  };
  return {
    id,
    label: labelOf,
    error: errorAt,
    /** The id, label and error of a field at once, to spread on a Textfield. */
    field: (path: string) => ({ id: id(path), label: labelOf(path), error: errorAt(path) }),
  };
}
