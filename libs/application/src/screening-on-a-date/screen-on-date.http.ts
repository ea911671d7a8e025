import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AllowRoles, CurrentPrincipal, isoDate, parseInput, toOpenApi } from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { applicationContentBody } from '../application.schemas.js';
import { ScreenOnDate } from './screen-on-date.service.js';

const ROLES: Role[] = ['applicant', 'director', 'board_member', 'chair', 'auditor', 'admin'];

export const screenApplicationBody = z.object({ date: isoDate(), application: applicationContentBody }).strict();

const finding = {
  type: 'object',
  properties: {
    policyId: { type: 'string' },
    policyRevision: { type: 'integer' },
    ruleId: { type: 'string' },
    severity: { type: 'string', enum: ['blocking', 'advisory'] },
    message: { type: 'object', properties: { sv: { type: 'string' }, en: { type: 'string' } } },
    basis: { type: 'string' },
    quote: { type: 'string', description: "The paragraph of the version's text the rule rests on, word for word" },
    inferred: {
      type: 'object',
      properties: { basis: { type: 'string' }, quote: { type: 'string' } },
      description: 'Set for a rule the text does not state',
    },
  },
};

@ApiTags('applications')
@Controller('screenings')
export class ScreenOnDateHttp {
  constructor(private readonly screening: ScreenOnDate) {}

  /** A question, not a command: 200, nothing appended, no case number taken. */
  @Post()
  @HttpCode(200)
  @AllowRoles(...ROLES)
  @ApiOperation({
    operationId: 'screenApplication',
    summary: 'Screen an application body under the policy versions in force on a date, without submitting',
  })
  @ApiBearerAuth()
  @ApiBody({ schema: toOpenApi(screenApplicationBody) })
  @ApiResponse({
    status: 200,
    description: 'The findings, each naming its rule, policy version and the paragraph it rests on',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            screenedOn: { type: 'string' },
            policies: {
              type: 'array',
              items: {
                type: 'object',
                properties: { policyId: { type: 'string' }, revision: { type: 'integer' }, title: { type: 'string' } },
              },
            },
            findings: { type: 'array', items: finding },
            blocking: { type: 'boolean' },
            delegationThresholdSek: { type: 'integer', nullable: true },
          },
        },
      },
    },
  })
  @ApiResponse({ status: 400, description: 'Invalid input; `errors` names the fields' })
  @ApiResponse({ status: 422, description: 'A party is not registered; see `code`' })
  async screen(@Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    const { date, application } = parseInput(screenApplicationBody, body);
    return this.screening.screen(principal.tenant, application, date);
  }
}
