import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { JejakConfig } from '@jejak/config';
import { InterchangeDocument } from '@jejak/interchange';
import { ImportResult } from '@jejak/importing';
import { DEMO_PASSWORD, DemoAccount, openDemoAccounts } from './demo-accounts';
import { OPENAPI_PATH } from './openapi';
import { importAsPlatform, platformImporter } from './import-as-platform';

/** The two agency-years of the fixtures: Kota Dumai BKPSDM 2024 and Kota Bontang BKPSDM 2020. */
export const DEMO_FIXTURES = ['kota-dumai-bkpsdm-2024.json', 'kota-bontang-bkpsdm-2020.json'];

/** test/fixtures, from the sources (apps/api/src) or from the build (dist/apps/api/src). */
function fixturesDir(): string | undefined {
  return [join(__dirname, '../../../test/fixtures'), join(__dirname, '../../../../test/fixtures')].find(
    (dir) => existsSync(join(dir, DEMO_FIXTURES[0])),
  );
}

export function demoDocuments(): InterchangeDocument[] {
  const dir = fixturesDir();
  if (!dir) return [];
  return DEMO_FIXTURES.map(
    (name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as InterchangeDocument,
  );
}

export interface DemoTenant {
  readonly import: ImportResult;
  readonly accounts: readonly DemoAccount[];
}

/**
 * `npm start` without JEJAK_DEMO=0: the fixtures' agency-years imported through the import use
 * case (a restart appends nothing), a few accounts per demo tenant, and how to sign in, logged.
 * Never run by the tests (their setup sets JEJAK_DEMO=0); `documents` lets a suite load copies.
 */
export async function loadDemo(
  app: INestApplicationContext,
  config: JejakConfig,
  documents: readonly InterchangeDocument[] = demoDocuments(),
): Promise<DemoTenant[]> {
  const logger = new Logger('Demo');
  if (documents.length === 0) {
    logger.warn('demo documents (test/fixtures) not found: no demo tenants loaded');
    return [];
  }
  const importer = await platformImporter(app);
  const tenants: DemoTenant[] = [];
  for (const doc of documents) {
    const result = await importAsPlatform(app, doc, importer);
    tenants.push({ import: result, accounts: await openDemoAccounts(app, doc, importer) });
  }
  logSignIn(logger, config, tenants);
  return tenants;
}

function logSignIn(logger: Logger, config: JejakConfig, tenants: readonly DemoTenant[]): void {
  const base = `http://localhost:${config.port}`;
  // Only the development default is printed: a password set in the environment stays out of logs.
  const adminPassword =
    config.adminPassword === 'jejak-admin' ? config.adminPassword : '(JEJAK_ADMIN_PASSWORD)';
  const lines = [
    `Jejak demo — OpenAPI: ${base}/${OPENAPI_PATH}; sign in with POST ${base}/api/v1/auth/token { email, password }`,
    `  platform administrator: ${config.adminEmail} / ${adminPassword}`,
    ...tenants.flatMap(({ import: r, accounts }) => [
      `  ${r.tenant} / ${r.agency} ${r.fiscalYear}: ${r.eventsAppended} event(s) imported now`,
      ...accounts.map((a) => `    ${a.email} / ${DEMO_PASSWORD}  (${a.role}, post ${a.post})`),
    ]),
    '  set JEJAK_DEMO=0 to start without the demo tenants',
  ];
  // One entry per line: structured logs (JSON) stay readable.
  for (const line of lines) logger.log(line);
}
