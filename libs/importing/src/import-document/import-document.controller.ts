import { HttpProblem } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor, PlatformAdminOnly } from '@jejak/identity';
import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ImportInterrupted, ImportRefused, InvalidDocument } from '../domain/import.errors';
import { ImportDocumentCommand, ImportResult } from './import-document.command';

/**
 * The refusals of an import carry one message per problem (and the command refused), which the
 * generic mapping of a DomainError (one message for all its fields) would lose.
 */
function asProblem(error: unknown): unknown {
  if (error instanceof InvalidDocument || error instanceof ImportRefused) {
    return new HttpProblem(error.status, error.code, error.message, error.problems);
  }
  if (error instanceof ImportInterrupted) {
    const { stream, eventsAppended, streamsWritten } = error;
    return new HttpProblem(409, error.code, error.message, [], { stream, eventsAppended, streamsWritten });
  }
  return error;
}

@ApiTags('importing')
@Controller('api/v1/imports')
export class ImportDocumentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @PlatformAdminOnly()
  @ApiOperation({
    summary: 'Import one agency-year as a sakip-interchange/1 document (platform administrator)',
    description:
      'Issues the commands officials would (tenant and agency if missing, units, conventions, the Renstra, ' +
      'the PK with its amendments, realizations, budget), dated by the document, with source "import". ' +
      'All or nothing; re-importing the same document appends nothing and still answers 201 with ' +
      'eventsAppended 0. The evaluation section is validated but not imported yet.',
  })
  @ApiBody({ description: 'A sakip-interchange/1 document', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: '{ tenant, agency, fiscalYear, eventsAppended }' })
  @ApiBadRequestResponse({ description: 'IMPORT.NOT_A_DOCUMENT: the body is not a JSON object' })
  @ApiUnprocessableEntityResponse({
    description:
      'IMPORT.INVALID_DOCUMENT: every problem by JSON path; IMPORT.REFUSED: the commands a rule of the ' +
      'domain refused (conflicts with what is recorded), each with its path. Nothing is written.',
  })
  @ApiConflictResponse({ description: 'IMPORT.CONCURRENT_CHANGE: a stream changed during the import' })
  async import(@Body() body: unknown, @CurrentActor() caller: AuthenticatedAccount): Promise<ImportResult> {
    const importer = { account: caller.account, name: caller.name };
    try {
      return await this.commands.execute(new ImportDocumentCommand(body, importer));
    } catch (error) {
      throw asProblem(error);
    }
  }
}
