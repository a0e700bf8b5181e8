import { authorizedMetadata } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CreatePostCommand, CreatePostResult } from './create-post.command';
import { CreatePostDto } from './create-post.dto';

@ApiTags('tenancy')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/posts')
export class CreatePostController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Define a post (jabatan) of the tenant, with its role (tenant administrator)' })
  @ApiCreatedResponse({ description: 'Created; its revision (also the ETag), with a Location' })
  @ApiOkResponse({ description: 'The post exists exactly so already: nothing appended' })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: none of your posts administers the tenant' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_TENANT' })
  @ApiUnprocessableEntityResponse({
    description:
      'TENANCY.POST_EXISTS (otherwise), TENANCY.UNKNOWN_AGENCY, TENANCY.UNKNOWN_UNIT, TENANCY.UNKNOWN_POST (superior), TENANCY.UNIT_REQUIRED',
  })
  async create(
    @Param('tenant') tenant: string,
    @Body() body: CreatePostDto,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreatePostResult> {
    const metadata = authorizedMetadata(actor, 'tenant.administer', { tenant, agency: body.agency });
    const data = {
      tenantId: tenant,
      postId: body.code,
      title: body.title,
      agencyId: body.agency,
      unitId: body.unit ?? null,
      role: body.role,
      superiorPostId: body.superior ?? null,
    };
    const result = await this.commands.execute(new CreatePostCommand(data, metadata));
    res.status(result.recorded ? 201 : 200);
    if (result.recorded) res.location(`/api/v1/tenants/${tenant}/posts/${result.post}`);
    return result;
  }
}
