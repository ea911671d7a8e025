import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/problem';

/**
 * A refused command or failed query, in the reader's language: the rule's code has a text in the
 * message files; the API's own detail is shown when it has none. The server decided; we only say why.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const code = problem?.code ?? 'NETWORK';
  const reason = t(`problems.${code}`, { defaultValue: problem?.detail ?? t('problems.UNKNOWN') });
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {problem && problem.status === 422 ? t('problem.ruleBroken') : t('problem.failed')}
      </Heading>
      <Paragraph>{reason}</Paragraph>
    </Alert>
  );
}
