import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../lib/auth/use-session';
import { session } from '../lib/auth/session';

/** Pages behind sign-in; an expired session goes back to sign-in with the way back in hand. */
export function RequireSession() {
  const user = useSession();
  const location = useLocation();
  if (!user) {
    const returnTo = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?returnTo=${returnTo}${session.wasExpired() ? '&expired=1' : ''}`} replace />;
  }
  return <Outlet />;
}
