import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { TokenVerifier } from '@beslutskedjan/platform';

const COOKIE = 'bk_queues_token';
/** The write-mode dashboard is a separate mount, so write mode is always an explicit choice. */
export const WRITE_SUFFIX = '-write';

const problem = (reply: FastifyReply, status: number, title: string, detail: string) => {
  if (status === 401) void reply.header('WWW-Authenticate', 'Bearer');
  return reply
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: 'about:blank', title, status, detail, code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' }));
};

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Guards a Fastify mount (bull-board) with the platform's token verification: the platform operator only,
 * since the dashboard shows every förbund's jobs. A read-only mount also refuses every request that could
 * change the queue, whatever the UI offers.
 * A browser cannot send a bearer header when navigating, so `?token=…` is accepted once and
 * traded for an HttpOnly cookie scoped to the mount path (then redirected without the token).
 */
export function operatorOnly(verify: TokenVerifier, basePath: string, options: { readOnly: boolean }): onRequestAsyncHookHandler {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const query = (req.query ?? {}) as Record<string, unknown>;
    const fromQuery = typeof query.token === 'string' ? query.token : undefined;
    const token = bearer ?? fromQuery ?? cookie(req.headers.cookie, COOKIE);
    if (!token) return problem(reply, 401, 'Unauthorized', 'An operator bearer token is required (header, or ?token= once in a browser)');
    let roles: readonly string[];
    try {
      roles = (await verify(token)).roles;
    } catch (error) {
      return problem(reply, 401, 'Unauthorized', `Invalid token: ${(error as Error).message}`);
    }
    if (!roles.includes('operator')) return problem(reply, 403, 'Forbidden', 'The queue dashboard is for the platform operator only');
    if (options.readOnly && !['GET', 'HEAD'].includes(req.method)) {
      return problem(reply, 403, 'Forbidden', `The dashboard is read-only; open ${basePath}${WRITE_SUFFIX} for write mode`);
    }
    if (fromQuery !== undefined && bearer === undefined) {
      const url = new URL(req.url, 'http://local');
      url.searchParams.delete('token');
      return reply
        .header('Set-Cookie', `${COOKIE}=${encodeURIComponent(token)}; Path=${basePath}; HttpOnly; SameSite=Strict`)
        .redirect(`${url.pathname}${url.search}`, 303);
    }
    return undefined;
  };
}
