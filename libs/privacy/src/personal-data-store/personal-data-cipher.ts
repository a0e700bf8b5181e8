import { NewEvent } from '@jejak/eventstore';
import { envelopesIn, holdsPiiKey, replaceEnvelopes } from '../domain/envelope-walk';
import { PersonIds } from '../domain/person-ids';
import { PersonalDataEnvelope, erasedEnvelope, open, seal } from '../domain/personal-data.envelope';
import { personalSlots } from '../domain/personal-fields';
import { ForgedPersonalDataEnvelope } from '../domain/privacy.errors';
import { PersonalDataErased } from '../domain/privacy.events';
import { PersonKeyVault, PersonRef } from '../key-vault/person-key-vault';

type Mutable = Record<string, unknown>;

/** What `reveal` needs of an event: a RecordedEvent, or a row read from the events table by SQL. */
export interface RevealableEvent {
  readonly tenantId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** What the cipher needs of the key vault (an in-memory one in unit specs). */
export type PersonKeyring = Pick<PersonKeyVault, 'keysFor' | 'keysOf' | 'forget'>;

/**
 * Encrypts the personal fields of events about to be appended, and opens them again in events
 * read — to the plain value, or to "[dihapus]" once the person's key is erased. Exported for any
 * reader that gets events from elsewhere than the EventStore port.
 */
export class PersonalDataCipher {
  constructor(
    private readonly vault: PersonKeyring,
    private readonly ids: PersonIds,
  ) {}

  /** Copies of `events` with each personal value sealed under its person's key (created on first use). */
  async conceal(tenant: string, events: readonly NewEvent[]): Promise<NewEvent[]> {
    const copies = events.map((event) => {
      if (holdsPiiKey(event.data) || holdsPiiKey(event.metadata))
        throw new ForgedPersonalDataEnvelope(event.type);
      return { ...event, data: structuredClone(event.data), metadata: structuredClone(event.metadata) };
    });
    const slots = copies.flatMap((event) => personalSlots(event, tenant, this.ids));
    if (slots.length === 0) return copies;
    const keys = await this.vault.keysFor(
      tenant,
      slots.map((slot) => slot.person),
      true,
    );
    for (const { holder, field, person } of slots) {
      const key = keys.get(person) ?? null;
      // After a person's erasure a new value of theirs is not stored at all.
      (holder as Mutable)[field] = key ? seal(holder[field], key, tenant, person) : erasedEnvelope(person);
    }
    return copies;
  }

  /** `events` with every envelope opened; events without one are returned as they are. */
  async reveal<E extends RevealableEvent>(events: readonly E[]): Promise<E[]> {
    this.forgetErased(events);
    const wanted = new Map<string, PersonRef>();
    for (const event of events) {
      for (const envelope of [...envelopesIn(event.data), ...envelopesIn(event.metadata)]) {
        const { person } = envelope.$pii;
        wanted.set(`${event.tenantId}|${person}`, { tenant: event.tenantId, person });
      }
    }
    if (wanted.size === 0) return [...events];
    const keys = await this.vault.keysOf([...wanted.values()]);
    return events.map((event) => {
      const tenantKeys = keys.get(event.tenantId);
      if (!tenantKeys) return event;
      const opened = (envelope: PersonalDataEnvelope) =>
        open(envelope, tenantKeys.get(envelope.$pii.person) ?? null, event.tenantId);
      const data = replaceEnvelopes(event.data, opened);
      const metadata = replaceEnvelopes(event.metadata, opened);
      return data === event.data && metadata === event.metadata ? event : { ...event, data, metadata };
    });
  }

  /** An erasure read from the log takes effect in this process before anything else in the batch is opened. */
  private forgetErased(events: readonly RevealableEvent[]): void {
    for (const event of events) {
      if (event.type !== 'PersonalDataErased') continue;
      this.vault.forget(event.tenantId, (event.data as PersonalDataErased['data']).person);
    }
  }
}
