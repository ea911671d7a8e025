import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { QueryState } from '../../../components/query-state';
import { session } from '../../../lib/auth/session';
import { startOidcSignIn } from '../../../lib/auth/oidc';
import { useGetSignInConfig } from '../api/sign-in';

/** Sign-in: the förbund's OIDC provider in production, the demo's list of people otherwise. */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const query = useGetSignInConfig();
  const expired = session.wasExpired() || params.get('expired') === '1';
  useEffect(() => {
    document.title = t('signIn.title');
  }, [t]);
  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      {expired ? (
        <Alert data-color="warning">
          <Paragraph>{t('signIn.expired')}</Paragraph>
        </Alert>
      ) : null}
      <QueryState query={query}>
        {(config) =>
          config.mode === 'demo' ? (
            <Navigate to={`/sign-in/demo?returnTo=${encodeURIComponent(returnTo)}${expired ? '&expired=1' : ''}`} replace />
          ) : config.mode === 'oidc' ? (
            <>
              <Paragraph>{t('signIn.oidcIntro')}</Paragraph>
              <Button onClick={() => void startOidcSignIn(config, returnTo)}>{t('signIn.oidcButton')}</Button>
            </>
          ) : (
            <Paragraph>{t('signIn.none')}</Paragraph>
          )
        }
      </QueryState>
    </>
  );
}

/** Only a path inside the app: never an open redirect. */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in') ? value : '/';
}
