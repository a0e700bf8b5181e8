import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { commandMetadataFromContext, IfMatch, UuidPipe } from '@jejak/http';
import { AccountView } from '../accounts/account.view';
import { IdentityService } from '../accounts/identity.service';
import { PlatformAdminOnly } from '../auth/auth.decorators';

@ApiTags('identity')
@Controller('api/v1/tenants/:tenant/accounts/:id/disable')
export class DisableAccountController {
  constructor(private readonly identity: IdentityService) {}

  @Post()
  @HttpCode(200)
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Disable an account: it can no longer sign in (platform administrator)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read; a stale one is a 409' })
  @ApiOkResponse({ description: 'The account, with its new revision (also the ETag)' })
  async disable(
    @Param('tenant') tenant: string,
    @Param('id', UuidPipe) id: string,
    @IfMatch() expectedRevision: number | undefined,
  ): Promise<AccountView & { revision: number | undefined }> {
    const { account, revision } = await this.identity.disableAccount(
      tenant,
      id,
      expectedRevision,
      commandMetadataFromContext(),
    );
    return { ...account, revision };
  }
}
