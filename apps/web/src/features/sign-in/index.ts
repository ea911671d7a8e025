export { SignInPage } from './components/sign-in-page';
export { DemoSignInPage } from './components/demo-sign-in-page';
export { OidcCallbackPage } from './components/oidc-callback-page';
export { useGetSignInConfig } from './api/sign-in';
