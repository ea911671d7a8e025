import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExport } from '../lib/download';
import { FormErrorSummary } from './error-summary';
import { fieldErrorsOf } from './field-errors';
import { ProblemAlert } from './problem-alert';

/**
 * A button that downloads one export. A 400 lists the fields the API named (linked to them when the
 * page says where they are), any other refusal shows the API's problem; the finished file is announced.
 */
export function DownloadButton(props: {
  path: string;
  label: string;
  labelOf?: (field: string) => string;
  idOf?: (field: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; error: unknown; done: string | null }>({ busy: false, error: null, done: null });
  const start = () => {
    setState({ busy: true, error: null, done: null });
    downloadExport(props.path, i18n.language).then(
      (name) => setState({ busy: false, error: null, done: name }),
      (error: unknown) => setState({ busy: false, error, done: null }),
    );
  };
  const fieldErrors = fieldErrorsOf(state.error);
  return (
    <div className="download">
      <Button type="button" variant="secondary" onClick={start} disabled={state.busy} aria-busy={state.busy}>
        {props.label}
      </Button>
      <span role="status" className="muted">
        {state.done ? t('download.done', { name: state.done }) : ''}
      </span>
      {fieldErrors.length > 0 ? (
        <FormErrorSummary errors={fieldErrors} labelOf={props.labelOf ?? ((f) => f)} {...(props.idOf ? { idOf: props.idOf } : {})} />
      ) : (
        <ProblemAlert error={state.error} />
      )}
    </div>
  );
}
