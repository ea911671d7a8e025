import type { z } from 'zod';
import type { recommendBody } from '../application.schemas.js';
import type { Recommend } from '../recommending/recommend.command.js';
import { toTerms } from './application-command.js';

export const recommendData = (body: z.infer<typeof recommendBody>, applicationId: string): Recommend['data'] => ({
  applicationId,
  recommendation: body.recommendation,
  motivation: body.motivation,
  ...(body.terms ? { terms: toTerms(body.terms) } : {}),
  ...(body.override ? { override: body.override } : {}),
});
