import { createBrowserRouter, Navigate } from 'react-router';
import { DemoSignInPage, OidcCallbackPage, SignInPage } from '../features/sign-in';
import { session } from '../lib/auth/session';
import { Layout } from './layout';
import { part2Routes, publicPart2Routes } from './part2-routes';
import { RequireSession } from './require-session';

/** Where a person lands: the applicant on their applications, the director on the inbox. */
function Home() {
  const roles = session.user()?.roles ?? [];
  return <Navigate to={roles.includes('director') ? '/inbox' : '/applications'} replace />;
}

/**
 * The routes. Sign-in is in the first bundle; everything behind it loads on demand. `/cases/:id` is
 * the path the reminder e-mails link to.
 */
export const router = createBrowserRouter([
  {
    Component: Layout,
    children: [
      { path: '/sign-in', Component: SignInPage },
      { path: '/sign-in/demo', Component: DemoSignInPage },
      { path: '/sign-in/callback', Component: OidcCallbackPage },
      ...publicPart2Routes,
      {
        Component: RequireSession,
        children: [
          { path: '/', Component: Home },
          { path: '/applications', lazy: () => import('./routes/applications').then((m) => ({ Component: m.ApplicationsRoute })) },
          { path: '/applications/new', lazy: () => import('./routes/applications').then((m) => ({ Component: m.NewApplicationRoute })) },
          { path: '/cases/:applicationId', lazy: () => import('./routes/case').then((m) => ({ Component: m.CaseRoute })) },
          { path: '/cases/:applicationId/revise', lazy: () => import('./routes/applications').then((m) => ({ Component: m.ReviseRoute })) },
          { path: '/inbox', lazy: () => import('./routes/inbox').then((m) => ({ Component: m.InboxRoute })) },
          { path: '/policy', lazy: () => import('./routes/policy').then((m) => ({ Component: m.PolicyInForceRoute })) },
          { path: '/policy/versions', lazy: () => import('./routes/policy').then((m) => ({ Component: m.PolicyVersionsRoute })) },
          { path: '/policy/diff', lazy: () => import('./routes/policy').then((m) => ({ Component: m.PolicyDiffRoute })) },
          { path: '/registers', lazy: () => import('./routes/registers').then((m) => ({ Component: m.RegistersRoute })) },
          { path: '/notifications', lazy: () => import('./routes/notifications').then((m) => ({ Component: m.NotificationsRoute })) },
          ...part2Routes,
          // Policy-review mails sent before the link became /policy (mails and notifications are immutable).
          { path: '/policies', element: <Navigate to="/policy" replace /> },
          { path: '*', lazy: () => import('./routes/not-yet').then((m) => ({ Component: m.NotFoundRoute })) },
        ],
      },
    ],
  },
]);
