import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { commandMetadataFromContext } from '@jejak/http';
import { AccountView } from '../accounts/account.view';
import { IdentityService } from '../accounts/identity.service';
import { PlatformAdminOnly } from '../auth/auth.decorators';
import { CreateAccountDto } from './create-account.dto';

@ApiTags('identity')
@Controller('api/v1/tenants/:tenant/accounts')
export class CreateAccountController {
  constructor(private readonly identity: IdentityService) {}

  @Post()
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Open an account in a tenant (platform administrator); honours Idempotency-Key' })
  @ApiCreatedResponse({ description: 'The account, with its revision (also the ETag) and a Location' })
  async create(
    @Param('tenant') tenant: string,
    @Body() body: CreateAccountDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccountView & { revision: number | undefined }> {
    const { account, revision } = await this.identity.createAccount(
      {
        tenantId: tenant,
        email: body.email,
        displayName: body.displayName,
        password: body.password,
        posts: body.posts,
      },
      commandMetadataFromContext(),
    );
    res.location(`/api/v1/tenants/${tenant}/accounts/${account.id}`);
    return { ...account, revision };
  }
}
