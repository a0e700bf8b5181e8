import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { HttpProblem } from '@jejak/http';
import { IdentityService } from '../accounts/identity.service';
import { Public } from '../auth/auth.decorators';
import { IssuedToken, TokenService } from '../auth/token.service';
import { IssueTokenDto } from './issue-token.dto';

@ApiTags('identity')
@Controller('api/v1/auth/token')
export class IssueTokenController {
  constructor(
    private readonly identity: IdentityService,
    private readonly tokens: TokenService,
  ) {}

  @Public()
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: exchange an email and password for a bearer token' })
  @ApiOkResponse({ description: '{ accessToken, tokenType: "Bearer", expiresIn, account }' })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password (the same answer for both)' })
  async issue(@Body() body: IssueTokenDto): Promise<IssuedToken> {
    const account = await this.identity.verifyPassword(body.email, body.password);
    if (!account) throw new HttpProblem(401, 'AUTH.INVALID_CREDENTIALS', 'The email or password is wrong.');
    return this.tokens.issue(account);
  }
}
