import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../lib/auth/use-session';
import { session } from '../lib/auth/session';

/** Pages behind sign-in; an expired session goes back to sign-in with the way back in hand. */
export function RequireSession() {
  const user = useSession();
  const location = useLocation();
  if (!user) {
    // The hash too: a reminder mail links to a section, e.g. /cases/{id}#uppfoljning.
    const returnTo = encodeURIComponent(location.pathname + location.search + location.hash);
    return <Navigate to={`/sign-in?returnTo=${returnTo}${session.wasExpired() ? '&expired=1' : ''}`} replace />;
  }
  return <Outlet />;
}
