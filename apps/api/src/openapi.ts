import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/docs';

/** The OpenAPI document at /api/docs (UI) and /api/docs-json, with the bearer scheme. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Jejak API')
    .setDescription(
      'The SAKIP performance ledger. Errors are application/problem+json (RFC 9457) with a stable `code` and ' +
        'the offending field paths in `errors`. Command endpoints honour `Idempotency-Key`; resources carry ' +
        'their revision as an `ETag`, and `If-Match` makes a change conditional (409 when stale).',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}-json` });
}
