import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ImportDocumentController } from './import-document/import-document.controller';
import { ImportDocumentHandler } from './import-document/import-document.handler';

/**
 * Importing sakip-interchange/1 documents: `POST /api/v1/imports` and the ImportDocumentCommand
 * the CLI and the demo loader send. Needs `EVENT_STORE` from the application; it writes only
 * through the other contexts' deciders, so it has no tables and no projection of its own.
 */
@Module({
  imports: [CqrsModule],
  controllers: [ImportDocumentController],
  providers: [ImportDocumentHandler],
})
export class ImportingModule {}
