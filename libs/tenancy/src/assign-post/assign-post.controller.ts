import { IfMatch, UuidPipe, authorizedMetadata } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { OpenAccountResult } from '../open-account/open-account.command';
import { PostAssignmentDto } from '../shared/post-assignment.dto';
import { AssignAccountPostCommand } from './assign-post.command';

@ApiTags('tenancy')
@ApiBearerAuth()
@Controller('api/v1/tenants/:tenant/accounts/:id/posts')
export class AssignAccountPostController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: "Give an official's account a further post (tenant administrator)" })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: "The account's ETag read; a stale one is a 409",
  })
  @ApiOkResponse({
    description: 'The account with its posts; its new revision (also the ETag). The next token carries it',
  })
  @ApiForbiddenResponse({ description: 'ACCESS.DENIED: none of your posts administers the tenant' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such account in the tenant' })
  @ApiConflictResponse({ description: 'EVENTSTORE.WRONG_EXPECTED_REVISION: If-Match is stale' })
  @ApiUnprocessableEntityResponse({ description: 'TENANCY.UNKNOWN_POST, TENANCY.HOLDING_ENDS_BEFORE_START' })
  assign(
    @Param('tenant') tenant: string,
    @Param('id', UuidPipe) accountId: string,
    @Body() body: PostAssignmentDto,
    @IfMatch() expectedRevision: number | undefined,
    @CurrentActor() actor: AuthenticatedAccount,
  ): Promise<OpenAccountResult> {
    const metadata = authorizedMetadata(actor, 'tenant.administer', { tenant });
    const assignment = { post: body.post, acting: body.acting, from: body.from, to: body.to };
    return this.commands.execute(
      new AssignAccountPostCommand({ tenantId: tenant, accountId, assignment }, metadata, expectedRevision),
    );
  }
}
