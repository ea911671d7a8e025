import { createHash } from 'node:crypto';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { READ_DB } from '../persistence/tokens.js';
import { MAX_JSON_DEPTH, exceedsDepth } from '../http/json-depth.js';

interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
}

/**
 * `Idempotency-Key` on a command: the first successful response is kept and replayed for a retry
 * with the same key and body; the same key with another body is refused (422). Concurrent
 * retries in this process wait for the first one.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly find;
  private readonly save;

  constructor(@Inject(READ_DB) db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS idempotency_responses (
      tenant TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
      body TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (tenant, key))`);
    this.find = db.prepare<[string, string], StoredResponse>(
      'SELECT fingerprint, status, body FROM idempotency_responses WHERE tenant = ? AND key = ?',
    );
    this.save = db.prepare('INSERT OR IGNORE INTO idempotency_responses VALUES (?, ?, ?, ?, ?, ?)');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const key = request.headers['idempotency-key'];
    if (request.method === 'GET' || typeof key !== 'string' || !request.principal) return next.handle();
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new InvalidInputError([{ field: 'Idempotency-Key', message: 'must be 1–200 visible ASCII characters' }]);
    }
    // The fingerprint stringifies the body, which recurses: a hostile depth must be a 400, not a stack overflow.
    if (exceedsDepth(request.body))
      throw new InvalidInputError([{ field: 'body', message: `must not be nested deeper than ${MAX_JSON_DEPTH} levels` }]);
    const tenant = request.principal.tenant;
    const fingerprint = createHash('sha256')
      .update(`${request.principal.userId}\n${request.method}\n${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const slot = `${tenant}\u0000${key}`;
    const run = async (): Promise<unknown> => {
      await this.inFlight.get(slot)?.catch(() => undefined);
      const response = context.switchToHttp().getResponse<FastifyReply>();
      const stored = this.find.get(tenant, key);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          throw new DomainRuleError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request');
        }
        void response.status(stored.status).header('Idempotent-Replayed', 'true');
        return JSON.parse(stored.body) as unknown;
      }
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      this.save.run(tenant, key, fingerprint, response.statusCode, JSON.stringify(body ?? null), new Date().toISOString());
      return body;
    };
    const promise = run();
    this.inFlight.set(slot, promise);
    void promise
      .finally(() => {
        if (this.inFlight.get(slot) === promise) this.inFlight.delete(slot);
      })
      .catch(() => undefined);
    return from(promise);
  }
}
