import { authorizedMetadata } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { OpenAccountCommand, OpenAccountResult } from './open-account.command';
import { OpenAccountDto } from './open-account.dto';

/**
 * Not `POST …/accounts`: identity's platform-administrator route holds that path (with posts
 * taken as given, no post definitions); this one fills each post from its definition.
 */
@ApiTags('tenancy')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/officials')
export class OpenAccountController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary:
      "Open an official's account holding posts of the tenant (tenant administrator); honours Idempotency-Key",
  })
  @ApiCreatedResponse({
    description: 'The account, its posts with their roles, its revision (ETag) and a Location',
  })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: none of your posts administers the tenant' })
  @ApiNotFoundResponse({ description: 'TENANCY.UNKNOWN_TENANT' })
  @ApiUnprocessableEntityResponse({
    description: 'TENANCY.UNKNOWN_POST, TENANCY.HOLDING_ENDS_BEFORE_START, IDENTITY.EMAIL_TAKEN',
  })
  async open(
    @Param('tenant') tenant: string,
    @Body() body: OpenAccountDto,
    @CurrentActor() actor: AuthenticatedAccount,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OpenAccountResult> {
    const metadata = authorizedMetadata(actor, 'tenant.administer', { tenant });
    const data = {
      tenantId: tenant,
      email: body.email,
      displayName: body.displayName,
      password: body.password,
      posts: body.posts ?? [],
    };
    const account = await this.commands.execute(new OpenAccountCommand(data, metadata));
    res.location(`/api/v1/tenants/${tenant}/accounts/${account.id}`);
    return account;
  }
}
