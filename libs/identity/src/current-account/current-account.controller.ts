import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/auth.decorators';
import type { AuthenticatedAccount } from '../auth/token-claims';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/v1/auth/me')
export class CurrentAccountController {
  @Get()
  @ApiOperation({ summary: 'Who the bearer token says you are' })
  me(@CurrentActor() actor: AuthenticatedAccount): AuthenticatedAccount {
    return actor;
  }
}
