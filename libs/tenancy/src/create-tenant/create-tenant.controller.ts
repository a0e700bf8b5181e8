import { commandMetadataFromContext } from '@jejak/http';
import { PlatformAdminOnly } from '@jejak/identity';
import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateTenantCommand, CreateTenantResult } from './create-tenant.command';
import { CreateTenantDto } from './create-tenant.dto';

@ApiTags('tenancy')
@Controller('api/v1/tenants')
export class CreateTenantController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Bring a government onto the platform (platform administrator)' })
  @ApiCreatedResponse({ description: 'The tenant and its revision (also the ETag), with a Location' })
  @ApiUnprocessableEntityResponse({ description: 'TENANCY.TENANT_EXISTS: the code is taken' })
  async create(
    @Body() body: CreateTenantDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreateTenantResult> {
    const data = { tenantId: body.code, name: body.name, kind: body.kind, province: body.province ?? null };
    const result = await this.commands.execute(
      new CreateTenantCommand(data, commandMetadataFromContext({ tenantId: body.code })),
    );
    res.location(`/api/v1/tenants/${result.tenant}`);
    return result;
  }
}
