import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ProblemDetailsFilter } from '@beslutskedjan/platform';
import { createHttpAdapter, readyHttp } from './http-platform.js';

@Controller()
class EchoController {
  @Post('echo')
  @HttpCode(200)
  echo(@Body() body: unknown) {
    return { body: body ?? null };
  }
}

@Module({ controllers: [EchoController], providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }] })
class EchoModule {}

describe('the HTTP platform (Fastify) as clients of the API see it', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [EchoModule] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { logger: false });
    await readyHttp(app);
  });
  afterAll(() => app.close());

  it('parses a JSON body', async () => {
    const res = await request(app.getHttpServer()).post('/echo').send({ a: 1 }).expect(200);
    expect(res.body).toEqual({ body: { a: 1 } });
  });

  it('takes an empty body sent as application/json as no body, not as an error', async () => {
    const res = await request(app.getHttpServer()).post('/echo').set('Content-Type', 'application/json').send('').expect(200);
    expect(res.body).toEqual({ body: null });
  });

  it('answers a body that is not JSON with 400 MALFORMED_BODY and the parser message', async () => {
    const res = await request(app.getHttpServer()).post('/echo').set('Content-Type', 'application/json').send('{"a": ').expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'MALFORMED_BODY', errors: [{ field: 'body' }] });
  });

  it('refuses a prototype-poisoning body as malformed', async () => {
    const res = await request(app.getHttpServer())
      .post('/echo')
      .set('Content-Type', 'application/json')
      .send('{"__proto__": {"x": 1}}')
      .expect(400);
    expect(res.body.code).toBe('MALFORMED_BODY');
  });

  it('answers an unsupported content type with 415 problem details', async () => {
    const res = await request(app.getHttpServer()).post('/echo').set('Content-Type', 'application/xml').send('<a/>').expect(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
