import { IfMatch, authorizedMetadata } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ChangeConventionsCommand, ChangeConventionsResult } from './change-conventions.command';
import { ChangeConventionsDto } from './change-conventions.dto';

@ApiTags('tenancy')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/conventions')
export class ChangeConventionsController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @ApiOperation({
    summary:
      "State the tenant's conventions from a fiscal year on: a new version, unless that year's says the same",
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: "The conventions' ETag read; a stale one is a 409",
  })
  @ApiOkResponse({ description: 'The version in force from that year, and the new revision (also the ETag)' })
  @ApiBadRequestResponse({
    description: 'REQUEST.VALIDATION_FAILED, TENANCY.INVALID_CONVENTIONS (bands out of order)',
  })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: none of your posts manages conventions' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_TENANT' })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  change(
    @Param('tenant') tenant: string,
    @Body() body: ChangeConventionsDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
  ): Promise<ChangeConventionsResult> {
    const metadata = authorizedMetadata(actor, 'conventions.manage', { tenant });
    const data = { tenantId: tenant, fromFiscalYear: body.fromFiscalYear, conventions: body.conventions };
    return this.commands.execute(new ChangeConventionsCommand(data, metadata, expectedRevision));
  }
}
