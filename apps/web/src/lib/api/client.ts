import createClient, { type Middleware } from 'openapi-fetch';
import { session } from '../auth/session';
import type { paths } from './schema';

/** The typed client, generated from the API's OpenAPI document in the build. */
export const api = createClient<paths>({ baseUrl: '' });

const auth: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    // An expired or revoked token: back to sign-in; drafts live in storage, so nothing typed is lost.
    if (response.status === 401 && session.token()) session.expire();
    return response;
  },
};
api.use(auth);
