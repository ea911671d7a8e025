import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Public, mintToken, type AppConfig, parseInput, toOpenApi } from '@beslutskedjan/platform';
import { NotFoundError } from '@beslutskedjan/shared';
import { DEMO_TENANT } from '../demo/demo-seeder.js';
import { DEMO_PEOPLE } from '../demo/demo-people.js';
import { AUTH_CONFIG } from './web.tokens.js';

const body = z.object({ userId: z.string().trim().min(1).max(100) }).strict();

/** Who the demo sign-in page lists: today's people, not the 2011 board or the 2012 staff. */
const CURRENT = DEMO_PEOPLE.filter((p) => !/-(2011|2012)(-|$)/.test(p.userId));

/**
 * The demo's sign-in: pick a demo person, get their token. Registered only when the demo is seeded
 * and no OIDC issuer is configured (see WebAppModule), and only ever for the demo förbund's people.
 */
@ApiTags('sign-in')
@Controller('auth/demo')
@Public()
export class DemoSignInHttp {
  constructor(@Inject(AUTH_CONFIG) private readonly auth: AppConfig['auth']) {}

  @Get('users')
  @ApiOperation({ operationId: 'listDemoUsers', summary: 'The demo förbund’s people one may sign in as (demo only)' })
  users() {
    return { tenant: DEMO_TENANT, users: CURRENT.map(({ userId, displayName, roles }) => ({ userId, displayName, roles })) };
  }

  @Post('token')
  @ApiOperation({ operationId: 'mintDemoToken', summary: 'A token for one demo person (demo only)' })
  @ApiBody({ schema: toOpenApi(body) })
  async token(@Body() raw: unknown) {
    const { userId } = parseInput(body, raw);
    const person = CURRENT.find((p) => p.userId === userId);
    if (!person) throw new NotFoundError('DEMO_USER_NOT_FOUND', `No demo person ${userId}`);
    const expiresIn = 8 * 3600;
    const token = await mintToken({
      secret: this.auth.secret,
      userId: person.userId,
      displayName: person.displayName,
      tenant: DEMO_TENANT,
      roles: person.roles,
      email: person.email,
      expiresIn: `${expiresIn}s`,
      issuer: this.auth.issuer,
      audience: this.auth.audience,
    });
    return { token, expiresIn };
  }
}
