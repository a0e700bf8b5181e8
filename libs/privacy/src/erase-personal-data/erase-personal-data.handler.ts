import { EVENT_STORE, EventStore, fold, revisionOf, toNewEvents } from '@jejak/eventstore';
import { AccountNotFound, IdentityService } from '@jejak/identity';
import { assertTenantExists, tenantDecider, tenantStream } from '@jejak/tenancy';
import { Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { privacyDecider } from '../domain/privacy.decider';
import { AccountStillActive, UnknownPerson } from '../domain/privacy.errors';
import { privacyStream } from '../domain/privacy.events';
import { PersonalDataEventStore } from '../personal-data-store/personal-data-event-store';
import { ErasePersonalDataCommand, ErasureResult } from './erase-personal-data.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Decide, erase the key, then record: not `handleCommand`, because the key must be gone before
 * the event says so. A failure between the two leaves the key erased and the event missing; the
 * same request again finds the key erased and records the event (the decider still sees none).
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly personalData: PersonalDataEventStore,
    private readonly moduleRef: ModuleRef,
  ) {}

  async execute(command: ErasePersonalDataCommand): Promise<ErasureResult> {
    const tenant = command.metadata.tenantId;
    const { person } = command.data;
    assertTenantExists(fold(tenantDecider, await this.store.readStream(tenantStream(tenant))), tenant);
    await this.assertNoActiveAccount(person);
    const stream = privacyStream(tenant);
    const recorded = await this.store.readStream(stream);
    const revision = revisionOf(recorded);
    const events = privacyDecider.decide(command, fold(privacyDecider, recorded));
    const erasure = await this.personalData.vault.erase(tenant, person);
    if (erasure.outcome === 'unknown') throw new UnknownPerson(person);
    const result = { tenant, person, erasedAt: erasure.erasedAt.toISOString() };
    if (events.length === 0) return { ...result, revision, recorded: false };
    const appended = await this.store.appendToStream(stream, toNewEvents(command, events), {
      expectedRevision: revision < 0 ? 'no_stream' : revision,
    });
    return { ...result, revision: appended.nextExpectedRevision, recorded: true };
  }

  /** An account holder is erased only once their account is disabled (identity's own event). */
  private async assertNoActiveAccount(person: string): Promise<void> {
    if (!UUID.test(person)) return;
    const identity = this.moduleRef.get(IdentityService, { strict: false });
    try {
      const { account } = await identity.findAccount(person);
      if (!account.disabled) throw new AccountStillActive(person);
    } catch (error) {
      if (!(error instanceof AccountNotFound)) throw error;
    }
  }
}
