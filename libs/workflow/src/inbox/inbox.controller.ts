import { AuthenticatedAccount, CurrentActor, POST_HEADER } from '@jejak/identity';
import { Controller, Get, Headers, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { HistoryQueryDto, INBOX_PAGE_DEFAULT, InboxQueryDto } from './inbox.dto';
import {
  CountInboxQuery,
  HistoryEntryView,
  InboxCaller,
  InboxCounts,
  InboxItemView,
  ListInboxHistoryQuery,
  ListInboxQuery,
  InboxPage,
} from './inbox.query';

const caller = (actor: AuthenticatedAccount, namedPost: string | undefined): InboxCaller => ({
  tenant: actor.tenant,
  account: actor.account,
  posts: actor.posts,
  // The guard refused a post the account does not hold; here it narrows the inbox to that post.
  ...(namedPost ? { namedPost } : {}),
});

const postHeader = { name: POST_HEADER, required: false, description: "Only this post's inbox" };

/** The official's inbox, in the token's tenant (the guard binds it: there is no :tenant here). */
@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/v1/inbox')
export class InboxController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      'What awaits the posts the caller holds or acts in (Plt./Plh. within its dates), and what was returned to them',
  })
  @ApiHeader(postHeader)
  @ApiOkResponse({ description: '{ items: InboxItem[], next: cursor | null }, oldest waiting first' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED naming the parameter' })
  list(
    @CurrentActor() actor: AuthenticatedAccount,
    @Headers(POST_HEADER.toLowerCase()) post: string | undefined,
    @Query() query: InboxQueryDto,
  ): Promise<InboxPage<InboxItemView>> {
    const { type, agency, overdue, limit = INBOX_PAGE_DEFAULT, cursor } = query;
    const filter = {
      ...(type ? { type } : {}),
      ...(agency ? { agency } : {}),
      ...(overdue !== undefined ? { overdue } : {}),
    };
    return this.queries.execute(new ListInboxQuery(caller(actor, post), filter, limit, cursor));
  }

  @Get('counts')
  @ApiOperation({ summary: "The inbox's open items per document type, and how many are overdue (the badge)" })
  @ApiHeader(postHeader)
  @ApiOkResponse({ description: '{ total, overdue, byType: [{ documentType, total, overdue }] }' })
  counts(
    @CurrentActor() actor: AuthenticatedAccount,
    @Headers(POST_HEADER.toLowerCase()) post: string | undefined,
  ): Promise<InboxCounts> {
    return this.queries.execute(new CountInboxQuery(caller(actor, post)));
  }

  @Get('history')
  @ApiOperation({ summary: 'What the caller has acted on (submitted, approved, returned…), newest first' })
  @ApiOkResponse({ description: '{ items: HistoryEntry[], next: cursor | null }' })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED naming the parameter' })
  history(
    @CurrentActor() actor: AuthenticatedAccount,
    @Query() query: HistoryQueryDto,
  ): Promise<InboxPage<HistoryEntryView>> {
    const { limit = INBOX_PAGE_DEFAULT, cursor } = query;
    return this.queries.execute(new ListInboxHistoryQuery(caller(actor, undefined), limit, cursor));
  }
}
