import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { session } from '../../../lib/auth/session';
import { useListDemoUsers, useMintDemoToken } from '../api/sign-in';
import { safeReturnTo } from './sign-in-page';

/** The demo's sign-in: pick one of the demo förbund's people. The server mints the token. */
export function DemoSignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const users = useListDemoUsers(true);
  const mint = useMintDemoToken();
  const returnTo = safeReturnTo(params.get('returnTo'));
  useEffect(() => {
    document.title = t('signIn.demoTitle');
  }, [t]);
  const signInAs = (userId: string) =>
    mint.mutate(userId, {
      onSuccess: ({ token }) => {
        session.signIn(token);
        void navigate(returnTo, { replace: true });
      },
    });
  return (
    <>
      <PageHeading>{t('signIn.demoTitle')}</PageHeading>
      {params.get('expired') === '1' ? (
        <Alert data-color="warning">
          <Paragraph>{t('signIn.expired')}</Paragraph>
        </Alert>
      ) : null}
      <Alert data-color="info">
        <Heading level={2} data-size="xs">
          {t('signIn.demoNoticeTitle')}
        </Heading>
        <Paragraph>{t('signIn.demoNotice')}</Paragraph>
      </Alert>
      <ProblemAlert error={mint.error} />
      <QueryState query={users}>
        {(data) => (
          <Table className="responsive-table">
            <caption>{t('signIn.demoCaption', { tenant: t(`tenants.${data.tenant}`, { defaultValue: data.tenant }) })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('signIn.person')}</Table.HeaderCell>
                <Table.HeaderCell>{t('signIn.roles')}</Table.HeaderCell>
                <Table.HeaderCell>{t('signIn.action')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.users.map((u) => (
                <Table.Row key={u.userId}>
                  <Table.Cell>{u.displayName}</Table.Cell>
                  <Table.Cell>{u.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Cell>
                  <Table.Cell>
                    <Button data-size="sm" variant="secondary" onClick={() => signInAs(u.userId)} disabled={mint.isPending}>
                      {t('signIn.signInAs', { name: u.displayName })}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </QueryState>
    </>
  );
}
