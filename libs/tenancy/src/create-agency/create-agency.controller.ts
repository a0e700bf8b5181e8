import { commandMetadataFromContext } from '@jejak/http';
import { PlatformAdminOnly } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateAgencyCommand, CreateAgencyResult } from './create-agency.command';
import { CreateAgencyDto } from './create-agency.dto';

@ApiTags('tenancy')
@Controller('api/v1/tenants/:tenant/agencies')
export class CreateAgencyController {
  constructor(private readonly commands: CommandBus) {}

  // Platform administrators for now; the tenant's own administrator once posts carry roles.
  @Post()
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Register a perangkat daerah (agency) under a tenant' })
  @ApiCreatedResponse({ description: 'The agency and its revision (also the ETag), with a Location' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_TENANT' })
  @ApiUnprocessableEntityResponse({ description: 'TENANCY.AGENCY_EXISTS: the code is taken in this tenant' })
  async create(
    @Param('tenant') tenant: string,
    @Body() body: CreateAgencyDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreateAgencyResult> {
    const data = {
      tenantId: tenant,
      agencyId: body.code,
      name: body.name,
      shortName: body.shortName ?? null,
    };
    const result = await this.commands.execute(
      new CreateAgencyCommand(data, commandMetadataFromContext({ tenantId: tenant })),
    );
    res.location(`/api/v1/tenants/${tenant}/agencies/${result.agency}`);
    return result;
  }
}
