import type { ApiResponseOptions } from '@nestjs/swagger';

const problem = (status: number, description: string): ApiResponseOptions => ({
  status,
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** OpenAPI for the live stream: an event stream whose `data` lines are JSON. */
export const liveStreamDocs = {
  ok: {
    status: 200,
    description:
      'text/event-stream. Each message: `id` = global position; `data` = JSON ' +
      '`{kind:"change", type, position, revision, itemNo, occurredAt, minPosition}` or, once after the catch-up, ' +
      '`{kind:"ready", position, minPosition}`. Refetch the meeting with `minPosition`. Comments keep the stream open.',
    content: {
      'text/event-stream': {
        schema: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: ['change', 'ready'] },
            type: { type: 'string', description: 'The event type, e.g. VoteCast (changes only)' },
            position: { type: 'string' },
            revision: { type: 'integer' },
            itemNo: { type: 'integer', nullable: true },
            occurredAt: { type: 'string', format: 'date-time' },
            minPosition: { type: 'string' },
          },
          required: ['kind', 'position', 'minPosition'],
        },
      },
    },
  },
  invalid: problem(400, 'Invalid meeting id or Last-Event-ID'),
  unauthorized: problem(401, 'No or invalid bearer token'),
  forbidden: problem(403, 'Your role may not follow this meeting'),
  notFound: problem(404, 'No such meeting in your förbund'),
} satisfies Record<string, ApiResponseOptions>;
