import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { problemSchema } from '@beslutskedjan/platform';

/** HTTP concerns shared by the real server and the e2e tests, so both see the same API. */
export function configureHttp(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: ['health', 'health/live', 'health/ready', 'metrics'] });
  SwaggerModule.setup('docs', app, createApiDocument(app), { jsonDocumentUrl: 'openapi.json', customSiteTitle: 'Beslutskedjan API' });
}

/** The OpenAPI document; the web app's typed client is generated from it (tools/dump-openapi.ts). */
export function createApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Beslutskedjan API')
      .setDescription(
        'Beslutskedjan: ansökningar, beredning, styrelsebeslut och uppföljning för ett samordningsförbund. ' +
          'Commands return `position`; pass it as `minPosition` to a query to read your own write. ' +
          'Errors are RFC 9457 problem details with a stable `code`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: problemSchema } };
  return document;
}
