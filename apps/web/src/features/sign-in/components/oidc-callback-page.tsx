import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { completeOidcSignIn } from '../../../lib/auth/oidc';
import { session } from '../../../lib/auth/session';
import { useGetSignInConfig } from '../api/sign-in';
import { safeReturnTo } from './sign-in-page';

/** Where the OIDC provider sends the browser back with the authorization code. */
export function OidcCallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const config = useGetSignInConfig();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (config.data?.mode !== 'oidc') return;
    completeOidcSignIn(config.data)
      .then(({ token, returnTo }) => {
        session.signIn(token);
        void navigate(safeReturnTo(returnTo), { replace: true });
      })
      .catch(setError);
  }, [config.data, navigate]);
  return (
    <>
      <PageHeading>{t('signIn.completing')}</PageHeading>
      <ProblemAlert error={error ?? config.error} />
    </>
  );
}
