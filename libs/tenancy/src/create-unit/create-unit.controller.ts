import { IfMatch, authorizedMetadata } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateUnitCommand, CreateUnitResult } from './create-unit.command';
import { CreateUnitDto } from './create-unit.dto';

@ApiTags('tenancy')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/agencies/:agency/units')
export class CreateUnitController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'Add a unit (Sekretariat, Bidang, Sub Bagian…) to an agency (tenant administrator)',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: "The agency's ETag read; a stale one is a 409",
  })
  @ApiCreatedResponse({ description: "Created; the agency's new revision (also the ETag), with a Location" })
  @ApiOkResponse({ description: 'The unit exists exactly so already: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: none of your posts administers the tenant' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_AGENCY' })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({
    description: 'TENANCY.UNIT_EXISTS (otherwise), TENANCY.UNKNOWN_UNIT (parent)',
  })
  async create(
    @Param('tenant') tenant: string,
    @Param('agency') agency: string,
    @Body() body: CreateUnitDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreateUnitResult> {
    const metadata = authorizedMetadata(actor, 'tenant.administer', { tenant, agency });
    const data = {
      tenantId: tenant,
      agencyId: agency,
      unitId: body.code,
      name: body.name,
      parentUnitId: body.parent ?? null,
    };
    const result = await this.commands.execute(new CreateUnitCommand(data, metadata, expectedRevision));
    res.status(result.recorded ? 201 : 200);
    if (result.recorded) res.location(`/api/v1/tenants/${tenant}/agencies/${agency}/units/${result.unit}`);
    return result;
  }
}
