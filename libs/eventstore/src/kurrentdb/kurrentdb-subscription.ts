import { AllStreamSubscription, KurrentDBClient, START } from '@kurrent/kurrentdb-client';
import { compareLogPositions, LogPosition, RecordedEvent, Subscription } from '../event-store.port';
import { allFilter, canSeeStream, cursorOf, toRecordedEvent, Visibility } from './kurrentdb-mapping';

/**
 * A catch-up subscription to `$all` (the server replays from `after`, then goes live), filtered
 * on the server by the context's tenant prefix, or to non-system events for the platform.
 * `batchSize` and `idleMs` of the port mean nothing here: the server pushes.
 */
export class KurrentDbSubscription implements Subscription {
  private source: AllStreamSubscription | undefined;
  private stopped = false;
  private wakeStopped: (() => void) | undefined;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly visibility: Visibility,
    private readonly after: LogPosition | undefined,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    const visibility = this.visibility;
    if (visibility.kind === 'none') {
      // An anonymous context sees nothing, now or later: wait for stop() like an idle follower.
      if (!this.stopped) await new Promise<void>((resolve) => (this.wakeStopped = resolve));
      return;
    }
    if (this.stopped) return;
    let cursor = cursorOf(this.after);
    this.source = this.client.subscribeToAll({
      fromPosition: cursor ?? START,
      filter: allFilter(visibility),
    });
    try {
      for await (const resolved of this.source) {
        if (this.stopped) return;
        const event = toRecordedEvent(resolved);
        // The server starts after `fromPosition`; the check keeps that promise whatever the version.
        if (!event || (cursor && compareLogPositions(event.position, cursor) <= 0)) continue;
        cursor = event.position;
        if (canSeeStream(visibility, event.streamId)) yield event;
      }
    } catch (error) {
      // stop() destroys the stream under the loop; that ends the iteration, it is no failure.
      if (!this.stopped) throw error;
    } finally {
      // A consumer that breaks out of its loop ends the server call too.
      if (!this.stopped) await this.stop();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeStopped?.();
    if (!this.source) return;
    await this.source.unsubscribe();
    this.source.destroy();
  }
}
