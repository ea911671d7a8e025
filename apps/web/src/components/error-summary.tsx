import { ErrorSummary } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../lib/api/problem';
import { fieldId, fieldMessage } from './field-errors';

/** What the API rejected, each linking to its field; takes focus when it appears. */
export function FormErrorSummary({
  errors,
  labelOf,
  idOf = fieldId,
}: {
  errors: FieldError[];
  labelOf: (field: string) => string;
  idOf?: (field: string) => string;
}) {
  const { t } = useTranslation();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{t('form.errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((e) => (
          <ErrorSummary.Item key={e.field}>
            <ErrorSummary.Link href={`#${idOf(e.field)}`}>
              {labelOf(e.field)}: {fieldMessage(t, e)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
