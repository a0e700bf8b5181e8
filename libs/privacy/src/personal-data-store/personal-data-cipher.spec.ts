import { LOG_START, NewEvent, RecordedEvent } from '@jejak/eventstore';
import { randomBytes } from 'node:crypto';
import { personIds } from '../domain/person-ids';
import { ForgedPersonalDataEnvelope } from '../domain/privacy.errors';
import { CachedKey } from '../key-vault/key-cache';
import { PersonKeyring, PersonalDataCipher } from './personal-data-cipher';

/** The vault's contract in memory: keys made on first use, null once erased. */
class MemoryKeyring implements PersonKeyring {
  readonly keys = new Map<string, CachedKey>();
  async keysFor(tenant: string, persons: readonly string[], create: boolean) {
    const found = new Map<string, CachedKey>();
    for (const person of persons) {
      const id = `${tenant}|${person}`;
      if (!this.keys.has(id)) {
        if (!create) throw new Error(`no key for ${id}`);
        this.keys.set(id, randomBytes(32));
      }
      found.set(person, this.keys.get(id) as CachedKey);
    }
    return found;
  }
  async keysOf(pairs: readonly { tenant: string; person: string }[]) {
    const found = new Map<string, Map<string, CachedKey>>();
    for (const { tenant, person } of pairs) {
      const keys = await this.keysFor(tenant, [person], false);
      found.set(tenant, new Map([...(found.get(tenant) ?? []), ...keys]));
    }
    return found;
  }
  forget(tenant: string, person: string) {
    this.keys.set(`${tenant}|${person}`, null);
  }
}

const tenant = 'kota-dumai';
const ids = personIds(randomBytes(32));
const NIP = '197805122005011003';
const party = { position: 'Kepala Badan', name: 'Drs. Fulan bin Fulan, M.Si.', nip: NIP };
const signed: NewEvent = {
  id: '00000000-0000-4000-8000-000000000010',
  type: 'AgreementSigned',
  data: {
    signedOn: '2024-01-08',
    firstParty: party,
    secondParty: { position: 'Wali Kota Dumai', name: null, nip: null },
  },
  metadata: {
    tenantId: tenant,
    schemaVersion: 1,
    source: 'api',
    actor: { account: 'acc-1', name: 'Siti Aminah' },
  },
};

const recorded = (event: NewEvent, type = event.type): RecordedEvent => ({
  ...event,
  type,
  tenantId: tenant,
  streamId: `${tenant}/agreement-bkpsdm-2024`,
  streamPosition: 1,
  position: LOG_START,
  schemaVersion: 1,
  occurredAt: null,
  recordedAt: new Date(),
  hash: '',
});

describe('the personal data cipher', () => {
  it('seals names and NIPs for the log, and opens them again for readers', async () => {
    const keyring = new MemoryKeyring();
    const cipher = new PersonalDataCipher(keyring, ids);
    const [sealed] = await cipher.conceal(tenant, [signed]);
    expect(JSON.stringify(sealed)).not.toMatch(/Fulan|Siti|197805122005011003/);
    expect(JSON.stringify(sealed)).toContain('Kepala Badan');
    const [opened] = await cipher.reveal([recorded(sealed)]);
    expect(opened.data).toEqual(signed.data);
    expect(opened.metadata).toEqual(signed.metadata);
  });

  it('leaves the caller’s event as it was', async () => {
    const before = JSON.stringify(signed);
    await new PersonalDataCipher(new MemoryKeyring(), ids).conceal(tenant, [signed]);
    expect(JSON.stringify(signed)).toBe(before);
  });

  it('reads an erased person’s values as "[dihapus]", and others’ as they were', async () => {
    const keyring = new MemoryKeyring();
    const cipher = new PersonalDataCipher(keyring, ids);
    const [sealed] = await cipher.conceal(tenant, [signed]);
    keyring.forget(tenant, ids.ofNip(tenant, NIP));
    const [opened] = await cipher.reveal([recorded(sealed)]);
    expect(opened.data).toMatchObject({
      firstParty: { position: 'Kepala Badan', name: '[dihapus]', nip: '[dihapus]' },
    });
    expect(opened.metadata.actor?.name).toBe('Siti Aminah');
  });

  it('stops opening a person’s values from the moment it reads their erasure in the log', async () => {
    const keyring = new MemoryKeyring();
    const cipher = new PersonalDataCipher(keyring, ids);
    const [sealed] = await cipher.conceal(tenant, [signed]);
    const erasure = recorded({
      ...signed,
      type: 'PersonalDataErased',
      data: { person: 'acc-1', reason: 'permohonan' },
      metadata: { tenantId: tenant, schemaVersion: 1, source: 'api' },
    });
    const [opened] = await cipher.reveal([recorded(sealed), erasure]);
    expect(opened.metadata.actor?.name).toBe('[dihapus]');
  });

  it('stores nothing of a person erased before the event was written', async () => {
    const keyring = new MemoryKeyring();
    keyring.forget(tenant, 'acc-1');
    const cipher = new PersonalDataCipher(keyring, ids);
    const [sealed] = await cipher.conceal(tenant, [signed]);
    expect(sealed.metadata.actor?.name).toEqual({ $pii: { person: 'acc-1' } });
  });

  it('refuses an event that brings its own "$pii" object', async () => {
    const forged = {
      ...signed,
      data: { ...(signed.data as object), note: { $pii: { person: 'x', ct: 'AAAA' } } },
    };
    await expect(
      new PersonalDataCipher(new MemoryKeyring(), ids).conceal(tenant, [forged]),
    ).rejects.toBeInstanceOf(ForgedPersonalDataEnvelope);
  });

  it('returns events without personal data untouched', async () => {
    const plain = recorded({
      ...signed,
      type: 'RealizationReported',
      data: { value: '85.8' },
      metadata: { tenantId: tenant, schemaVersion: 1, source: 'import' },
    });
    const [opened] = await new PersonalDataCipher(new MemoryKeyring(), ids).reveal([plain]);
    expect(opened).toBe(plain);
  });
});
