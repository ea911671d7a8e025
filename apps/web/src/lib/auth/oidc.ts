/** Production sign-in: authorization code with PKCE through oidc-client-ts, loaded only when used. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

async function manager(settings: OidcSettings) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}/sign-in/callback`,
    post_logout_redirect_uri: `${window.location.origin}/sign-in`,
    response_type: 'code',
    scope: settings.scope,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export async function startOidcSignIn(settings: OidcSettings, returnTo: string): Promise<void> {
  await (await manager(settings)).signinRedirect({ state: { returnTo } });
}

/** Completes the redirect; the access token is what the API verifies against the issuer's JWKS. */
export async function completeOidcSignIn(settings: OidcSettings): Promise<{ token: string; returnTo: string }> {
  const user = await (await manager(settings)).signinCallback();
  if (!user) throw new Error('no user from the sign-in callback');
  const state = user.state as { returnTo?: string } | undefined;
  return { token: user.access_token, returnTo: state?.returnTo ?? '/' };
}

export async function oidcSignOut(settings: OidcSettings): Promise<void> {
  const m = await manager(settings);
  await m.removeUser();
  await m.signoutRedirect().catch(() => undefined);
}
