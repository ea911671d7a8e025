import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, type AppConfig } from '@beslutskedjan/platform';
import { WEB_CONFIG } from './web.tokens.js';

export type SignInConfig =
  { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'demo'; tenant: string } | { mode: 'none' };

/** What the web app needs before anyone signs in: how to sign in. Nothing secret. */
@ApiTags('sign-in')
@Controller('auth')
export class AuthConfigHttp {
  constructor(@Inject(WEB_CONFIG) private readonly web: AppConfig['web']) {}

  @Get('config')
  @Public()
  @ApiOperation({ operationId: 'getSignInConfig', summary: 'How the web app signs in: OIDC (issuer, client id) or the demo sign-in page' })
  config(): SignInConfig {
    if (this.web.oidc) return { mode: 'oidc', ...this.web.oidc };
    if (this.web.demoSignIn) return { mode: 'demo', tenant: 'demo' };
    return { mode: 'none' };
  }
}
