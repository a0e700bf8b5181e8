import { commandMetadataFromContext, UuidPipe } from '@jejak/http';
import { AuthenticatedAccount, CurrentActor } from '@jejak/identity';
import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotificationNotFound } from '../domain/notification.errors';
import { MarkNotificationsReadCommand, MarkNotificationsReadResult } from './mark-notifications-read.command';

const NOTHING_READ: MarkNotificationsReadResult = { read: [], recorded: false };

/**
 * Marking read is the recipient's own state: a command on their stream; the list shows it once
 * the notifications projection has applied it.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class MarkNotificationsReadController {
  constructor(private readonly commands: CommandBus) {}

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every unread notification of mine read' })
  @ApiOkResponse({ description: '{ read: [ids marked], recorded }' })
  readAll(@CurrentActor() actor: AuthenticatedAccount): Promise<MarkNotificationsReadResult> {
    // A platform administrator belongs to no tenant and receives no notification.
    if (actor.tenant === null) return Promise.resolve(NOTHING_READ);
    return this.send(actor, null);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification of mine read (again: nothing changes)' })
  @ApiOkResponse({ description: '{ read: [id] or [] when read already, recorded }' })
  @ApiNotFoundResponse({ description: 'NOTIFICATION.NOT_FOUND: not one of yours' })
  read(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: AuthenticatedAccount,
  ): Promise<MarkNotificationsReadResult> {
    if (actor.tenant === null) throw new NotificationNotFound(id);
    return this.send(actor, id);
  }

  private send(
    actor: AuthenticatedAccount,
    notification: string | null,
  ): Promise<MarkNotificationsReadResult> {
    const metadata = commandMetadataFromContext({ tenantId: actor.tenant as string });
    return this.commands.execute(
      new MarkNotificationsReadCommand({ account: actor.account, notification }, metadata),
    );
  }
}
