import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { toOpenApi } from './validation.js';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const commandResult = {
  type: 'object',
  properties: {
    streamId: { type: 'string' },
    revision: { type: 'integer', description: 'Send as If-Match on the next command to detect concurrent changes' },
    position: { type: 'string', description: 'Pass as minPosition to a query to read your own write' },
    events: { type: 'array', items: { type: 'object', properties: { eventId: { type: 'string' }, type: { type: 'string' } } } },
  },
};

/** OpenAPI for a command: the operationId is the command's camelCase name. */
export const ApiCommand = (operationId: string, summary: string, body: z.ZodType) =>
  applyDecorators(
    ApiOperation({ operationId, summary }),
    ApiBearerAuth(),
    ApiBody({ schema: toOpenApi(body) }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried command with the same key is applied once' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision, e.g. "3"; a mismatch is 409' }),
    ApiResponse({ status: 201, description: 'Recorded', content: { 'application/json': { schema: commandResult } } }),
    ApiResponse({ status: 400, ...problem('Invalid input; `errors` names the fields') }),
    ApiResponse({ status: 401, ...problem('No or invalid bearer token') }),
    ApiResponse({ status: 403, ...problem('Your role may not do this') }),
    ApiResponse({ status: 404, ...problem('Unknown in this tenant') }),
    ApiResponse({ status: 409, ...problem('Changed concurrently (If-Match)') }),
    ApiResponse({ status: 422, ...problem('A domain rule is broken; see `code`') }),
  );

/** OpenAPI for a query: read-your-writes through `minPosition`. */
export const ApiQueryOperation = (operationId: string, summary: string) =>
  applyDecorators(
    ApiOperation({ operationId, summary }),
    ApiBearerAuth(),
    ApiQuery({
      name: 'minPosition',
      required: false,
      description: 'Wait until read models include this position (from a command response)',
    }),
    ApiResponse({ status: 400, ...problem('Invalid parameter') }),
    ApiResponse({ status: 401, ...problem('No or invalid bearer token') }),
    ApiResponse({ status: 403, ...problem('Your role may not read this') }),
    ApiResponse({ status: 404, ...problem('Unknown in this tenant') }),
  );

export const problemSchema = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'Stable machine-readable code' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string' },
          message: { type: 'string' },
          code: {
            type: 'string',
            description: "Kind of problem (e.g. invalid_format, too_small), for wording it in the reader's language",
          },
        },
      },
    },
  },
};
