import { requestContext } from '@jejak/database';
import {
  AppendOptions,
  AppendResult,
  ChainVerification,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  TenantAccessDeniedError,
  tenantOfStream,
} from '@jejak/eventstore';
import { PersonIds } from '../domain/person-ids';
import { PersonKeyVault } from '../key-vault/person-key-vault';
import { PersonalDataCipher, RevealableEvent } from './personal-data-cipher';

/**
 * The EventStore every process uses (UU PDP): wraps the real adapter (PostgreSQL or KurrentDB)
 * so that names and NIPs reach the log only encrypted under their person's key, kept outside
 * the log (`person_keys`), and every reader — deciders, projections, history — sees them plain,
 * or as "[dihapus]" once the person's key is erased. The log holds the ciphertext, so its hash
 * chain covers the ciphertext and still verifies after an erasure; numbers hold no personal
 * data, so every one still computes.
 */
export class PersonalDataEventStore implements EventStore {
  private readonly cipher: PersonalDataCipher;

  constructor(
    private readonly inner: EventStore,
    /** The key vault and the person ids, for the erasure use case (PrivacyModule finds them here). */
    readonly vault: PersonKeyVault,
    readonly ids: PersonIds,
  ) {
    this.cipher = new PersonalDataCipher(vault, ids);
  }

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    const tenant = tenantOfStream(stream);
    // Refused before any key is made, as the adapters refuse it: another tenant's stream does not exist.
    const context = requestContext.currentOrAnonymous();
    if (!context.platform && context.tenantId !== tenant) throw new TenantAccessDeniedError(stream);
    return this.inner.appendToStream(stream, await this.cipher.conceal(tenant, events), options);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.cipher.reveal(await this.inner.readStream(stream, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.cipher.reveal(await this.inner.readAll(options));
  }

  /** Opens each event as it comes, under the context current now (as the adapters follow the log). */
  subscribeToAll(options?: SubscribeOptions): Subscription {
    const context = requestContext.currentOrAnonymous();
    const inner = this.inner.subscribeToAll(options);
    const cipher = this.cipher;
    return {
      stop: () => inner.stop(),
      async *[Symbol.asyncIterator]() {
        for await (const event of inner) {
          const [opened] = await requestContext.run(context, () => cipher.reveal([event]));
          yield opened;
        }
      },
    };
  }

  /** Opens events read other than through this store (see {@link revealPersonalData}). */
  reveal<E extends RevealableEvent>(events: readonly E[]): Promise<E[]> {
    return this.cipher.reveal(events);
  }

  /** The chain is over what is stored — the ciphertext — so an erasure never breaks it. */
  verify(tenantId: string): Promise<ChainVerification> {
    return this.inner.verify(tenantId);
  }

  async close(): Promise<void> {
    await this.inner.close();
    await this.vault.close();
  }
}

/**
 * For readers that bypass the port (SQL over the events table, e.g. the audit trail): the same
 * events with their personal values opened — plain, or "[dihapus]". `store` is the application's
 * EVENT_STORE; when it is not the personal-data store (a test's bare adapter), nothing changes.
 */
export function revealPersonalData<E extends RevealableEvent>(
  store: EventStore,
  events: readonly E[],
): Promise<E[]> {
  return store instanceof PersonalDataEventStore ? store.reveal(events) : Promise.resolve([...events]);
}
