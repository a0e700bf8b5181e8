import { NotFoundError } from '@jejak/eventstore';

/** Not one of the caller's notifications: someone else's look as if they did not exist. */
export class NotificationNotFound extends NotFoundError {
  override readonly code = 'NOTIFICATION.NOT_FOUND';
  constructor(readonly notification: string) {
    super(`Notification ${notification} is not one of yours`, ['id']);
  }
}
