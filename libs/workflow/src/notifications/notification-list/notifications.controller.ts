import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ListNotificationsQuery, NotificationPage } from './notifications.query';

export const PAGE_SIZE_MAX = 100;

export class ListNotificationsDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only the unread ones' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  unread?: 'true' | 'false';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_SIZE_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  pageSize?: number;
}

/** The caller's own notifications: whatever posts they hold, each official reads their own. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'My notifications (reminders, escalations, items awaiting me): unread first, newest first',
  })
  @ApiOkResponse({
    description:
      '{ items: [{ id, kind, workflow, title, message, dueAt, createdAt, readAt }], page, pageSize, total, unread }',
  })
  list(
    @Query() query: ListNotificationsDto,
    @CurrentActor() actor: AuthenticatedAccount,
  ): Promise<NotificationPage> {
    const filter = {
      unreadOnly: query.unread === 'true',
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    };
    return this.queries.execute(new ListNotificationsQuery(actor.account, filter));
  }
}
