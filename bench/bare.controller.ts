import { Controller, HttpCode, Module, Post } from '@nestjs/common';
import { Public } from '@beslutskedjan/platform';

/**
 * The HTTP baseline: a route on the same Nest application, behind the same global guard, filter
 * and interceptor, that does no work. `@Public()` skips only the token check.
 */
@Controller()
export class BareController {
  @Post('bench/bare')
  @Public()
  @HttpCode(201)
  bare(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [BareController] })
export class BareModule {}
