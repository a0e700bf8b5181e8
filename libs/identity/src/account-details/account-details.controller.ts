import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '@jejak/http';
import { AccountView } from '../accounts/account.view';
import { IdentityService } from '../accounts/identity.service';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/accounts/:id')
export class AccountDetailsController {
  constructor(private readonly identity: IdentityService) {}

  @Get()
  @ApiOperation({ summary: "An account of the tenant (404 for another tenant's)" })
  @ApiOkResponse({ description: 'The account, with its revision (also the ETag)' })
  async get(@Param('id', UuidPipe) id: string): Promise<AccountView & { revision: number | undefined }> {
    const { account, revision } = await this.identity.findAccount(id);
    return { ...account, revision };
  }
}
