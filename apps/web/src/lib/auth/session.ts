import type { Role } from '../api/views';

export interface SessionUser {
  userId: string;
  displayName: string;
  tenant: string;
  roles: Role[];
  /** Seconds since the epoch. */
  expiresAt: number;
}

const TOKEN_KEY = 'beslutskedjan.token';
type Listener = () => void;
const listeners = new Set<Listener>();
let expired = false;

function decode(token: string): SessionUser | null {
  try {
    const part = token.split('.')[1] ?? '';
    const json = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))),
    ) as Record<string, unknown>;
    if (typeof json.sub !== 'string' || typeof json.tenant !== 'string' || !Array.isArray(json.roles)) return null;
    return {
      userId: json.sub,
      displayName: typeof json.name === 'string' ? json.name : json.sub,
      tenant: json.tenant,
      roles: json.roles as Role[],
      expiresAt: typeof json.exp === 'number' ? json.exp : Number.MAX_SAFE_INTEGER,
    };
  } catch {
    return null;
  }
}

const notify = () => listeners.forEach((l) => l());

/**
 * The signed-in person: the token in sessionStorage (gone with the tab), its claims read for display
 * only. The API verifies the token on every call and decides what the person may do.
 */
export const session = {
  token(): string | null {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) return null;
    const user = decode(token);
    if (!user || user.expiresAt * 1000 <= Date.now()) return null;
    return token;
  },
  user(): SessionUser | null {
    const token = session.token();
    return token ? decode(token) : null;
  },
  signIn(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
    expired = false;
    notify();
  },
  signOut(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    expired = false;
    notify();
  },
  /** The API said 401 or the token ran out: sign-in again, saying why. */
  expire(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    expired = true;
    notify();
  },
  wasExpired(): boolean {
    return expired;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
