import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** A labelled select with its error tied to it (aria-describedby), from the design system's parts. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  children: ReactNode;
}) {
  const errorId = `${props.id}-error`;
  return (
    <Field>
      <Label htmlFor={props.id}>{props.label}</Label>
      <Select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      >
        {props.children}
      </Select>
      {props.error ? <ValidationMessage id={errorId}>{props.error}</ValidationMessage> : null}
    </Field>
  );
}
