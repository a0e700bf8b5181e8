import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';

export interface MarkNotificationsReadData {
  readonly account: string;
  /** One notification of the account's, or null for every unread one. */
  readonly notification: string | null;
}

export interface MarkNotificationsReadResult {
  /** The notifications this call marked read; [] when they were read already. */
  readonly read: readonly string[];
  readonly recorded: boolean;
}

/** The recipient marks one notification, or all, read (appends `NotificationsRead` to their stream). */
export class MarkNotificationsReadCommand extends Command<MarkNotificationsReadResult> {
  readonly type = 'MarkNotificationsRead' as const;

  constructor(
    readonly data: MarkNotificationsReadData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
