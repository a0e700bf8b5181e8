import { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, asPlatform } from '@jejak/database';
import { IdentityService } from '@jejak/identity';
import { ImportDocumentCommand, ImportResult } from '@jejak/importing';

/**
 * The account a local import (CLI, demo) is attributed to: the configured platform administrator
 * (made if missing, as at start-up); without one configured, the platform itself.
 */
export async function platformImporter(app: INestApplicationContext): Promise<Actor> {
  const admin = await app.get(IdentityService, { strict: false }).bootstrapPlatformAdmin();
  return admin
    ? { account: admin.id, name: admin.displayName }
    : { account: 'platform', name: 'Jejak platform' };
}

/** The import use case of `POST /api/v1/imports`, run as the platform (no HTTP request, no guard). */
export function importAsPlatform(
  app: INestApplicationContext,
  document: unknown,
  importer: Actor,
): Promise<ImportResult> {
  const commands = app.get(CommandBus, { strict: false });
  return asPlatform(() => commands.execute(new ImportDocumentCommand(document, importer)), 'import');
}
