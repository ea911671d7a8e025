import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useGetNotifications } from '../features/notifications';
import { useGetSignInConfig } from '../features/sign-in';
import { session } from '../lib/auth/session';
import { oidcSignOut } from '../lib/auth/oidc';
import { useSession } from '../lib/auth/use-session';
import { setLanguage } from '../lib/i18n';

/** Header with förbund and role, the navigation for the person's roles, and the page. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const user = useSession();
  const navigate = useNavigate();
  const config = useGetSignInConfig();
  const notifications = useGetNotifications(user !== null);
  const roles = new Set(user?.roles ?? []);
  const staff = roles.has('director');
  const applicant = roles.has('applicant');
  const other = i18n.language === 'en' ? 'sv' : 'en';
  const signOut = () => {
    session.signOut();
    if (config.data?.mode === 'oidc') void oidcSignOut(config.data);
    void navigate('/sign-in');
  };
  const unread = notifications.data?.unread ?? 0;
  return (
    <>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header-top">
          <Link to="/" className="app-name">
            {t('app.name')}
          </Link>
          <div className="header-actions">
            <Button variant="tertiary" data-size="sm" onClick={() => setLanguage(other)} lang={other}>
              {t('layout.otherLanguage')}
            </Button>
            {user ? (
              <Button variant="secondary" data-size="sm" onClick={signOut}>
                {t('layout.signOut')}
              </Button>
            ) : null}
          </div>
        </div>
        {user ? (
          <p className="who" data-testid="who">
            {t('layout.who', {
              name: user.displayName,
              forbund: t(`tenants.${user.tenant}`, { defaultValue: user.tenant }),
              roles: user.roles.map((r) => t(`roles.${r}`)).join(', '),
            })}
          </p>
        ) : null}
        {user ? (
          <nav aria-label={t('layout.mainNav')} className="main-nav">
            <ul>
              {staff ? (
                <li>
                  <NavLink to="/inbox">{t('nav.inbox')}</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/applications" end>
                  {applicant ? t('nav.myApplications') : t('nav.cases')}
                </NavLink>
              </li>
              {applicant ? (
                <li>
                  <NavLink to="/applications/new">{t('nav.newApplication')}</NavLink>
                </li>
              ) : null}
              {roles.has('board_member') || roles.has('chair') ? (
                <li>
                  <NavLink to="/meetings">{t('nav.myMeetings')}</NavLink>
                </li>
              ) : null}
              {staff || roles.has('chair') ? (
                <li>
                  <NavLink to="/planning">{t('nav.planMeetings')}</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/policy">{t('nav.policy')}</NavLink>
              </li>
              {staff || roles.has('admin') ? (
                <li>
                  <NavLink to="/registers">{t('nav.registers')}</NavLink>
                </li>
              ) : null}
              {roles.has('auditor') || roles.has('admin') ? (
                <li>
                  <NavLink to="/audit">{t('auditAdminNav.audit')}</NavLink>
                </li>
              ) : null}
              {roles.has('admin') ? (
                <>
                  <li>
                    <NavLink to="/administration/board">{t('auditAdminNav.board')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/administration/policy">{t('auditAdminNav.policyAdmin')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/administration/reminders">{t('auditAdminNav.reminders')}</NavLink>
                  </li>
                </>
              ) : null}
              <li>
                <NavLink to="/notifications">
                  {unread > 0 ? t('nav.notificationsUnread', { count: unread }) : t('nav.notifications')}
                </NavLink>
              </li>
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
