import { useEffect, useSyncExternalStore } from 'react';
import { session, type SessionUser } from './session';

let snapshot: { user: SessionUser | null; token: string | null } = { user: null, token: null };
function read() {
  const token = session.token();
  if (token !== snapshot.token) snapshot = { token, user: session.user() };
  return snapshot;
}

/** The signed-in user, re-rendering on sign-in, sign-out and expiry. */
export function useSession(): SessionUser | null {
  const { user } = useSyncExternalStore(session.subscribe, read);
  useEffect(() => {
    if (!user) return;
    const ms = user.expiresAt * 1000 - Date.now();
    if (ms > 2 ** 31 - 1) return;
    const timer = setTimeout(() => session.expire(), Math.max(0, ms));
    return () => clearTimeout(timer);
  }, [user]);
  return user;
}
