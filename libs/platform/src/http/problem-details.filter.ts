import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem-details.js';
import { preferredLanguage } from './problem-messages.js';

/** Every error leaves the API as application/problem+json; 500s are logged with their stack. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const response = http.getResponse<FastifyReply>();
    const language = preferredLanguage(request.headers['accept-language']);
    const body = { ...toProblem(error, language), instance: request.originalUrl };
    if (body.status >= 500) this.logger.error(`${request.method} ${request.originalUrl}`, (error as Error)?.stack ?? String(error));
    void response.status(body.status).type('application/problem+json').header('Content-Language', language).send(JSON.stringify(body));
  }
}
