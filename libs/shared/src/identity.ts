/**
 * Roles a person can hold in a förbund (DOMAIN.md "Who uses it"), and `operator`: the platform's operator,
 * who runs the queue dashboard and cross-tenant operations and is no förbund's administrator.
 */
export const ROLES = ['applicant', 'director', 'board_member', 'chair', 'auditor', 'admin', 'operator'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Who caused a fact or gives a command. `system` is used by automations and the demo seeding. */
export interface Actor {
  userId: string;
  role: Role | 'system';
}

/** The authenticated caller, as read from a verified token. */
export interface Principal {
  userId: string;
  displayName: string;
  /** Whether the token carried a name; without one `displayName` is the user id and must not rename anyone. */
  named?: boolean;
  tenant: string;
  roles: Role[];
  /** From the token's `email` claim, when present; kept only in the erasable people directory. */
  email?: string | undefined;
}

/** Tenant ids become part of stream names, so they are kept to a safe alphabet. */
export const TENANT_PATTERN = /^[a-z0-9_]{1,40}$/;

/**
 * User ids appear in paths, stream names and files: an opaque token (OIDC `sub` values such as
 * `auth0|abc` or `f81d4fae-…` fit), never `.`/`..`, control characters, spaces or slashes.
 */
export const USER_ID_PATTERN = /^(?!\.{1,2}$)[A-Za-z0-9._@:|+-]{1,200}$/;
