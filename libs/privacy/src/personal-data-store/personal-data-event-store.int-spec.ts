import { loadConfig } from '@jejak/config';
import { requestContext } from '@jejak/database';
import {
  AppendResult,
  NewEvent,
  RecordedEvent,
  TenantAccessDeniedError,
  createPostgresEventStore,
  uuidV5,
} from '@jejak/eventstore';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { PersonKeyMissing } from '../domain/privacy.errors';
import { PersonalDataEventStore } from './personal-data-event-store';
import { withPersonalData } from './with-personal-data';

// The decorator over the real PostgreSQL adapter, on the run's database, as the app role; the
// owner's connection looks at what is really stored.
const config = loadConfig();
const tenant = `privacy-${randomBytes(3).toString('hex')}`;
const stream = `${tenant}/agreement-bkpsdm-2024`;
const NAME = 'Drs. Fulan bin Fulan, M.Si.';
const NIP = '197805122005011003';
const ACTOR = 'Siti Aminah, S.E.';
const actor = { account: '3f0c6a52-8d2e-4f57-9a1b-2c3d4e5f6a7b', name: ACTOR };
const metadata = { tenantId: tenant, schemaVersion: 1, source: 'api' as const, actor };
const firstParty = {
  position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Dumai',
  name: NAME,
  nip: NIP,
};
const secondParty = { position: 'Wali Kota Dumai', name: null, nip: null };
const events: NewEvent[] = [
  {
    id: uuidV5(`${tenant}|drafted`),
    type: 'AgreementDrafted',
    data: {
      agency: 'bkpsdm',
      fiscalYear: 2024,
      party: null,
      cascadedFrom: null,
      firstParty,
      secondParty,
      targets: [],
      budget: [],
    },
    metadata,
  },
  {
    id: uuidV5(`${tenant}|signed`),
    type: 'AgreementSigned',
    data: { signedOn: '2024-01-08', firstParty, secondParty },
    metadata,
  },
];

const stores: PersonalDataEventStore[] = [];
const newStore = (ttlMs?: number) => {
  const store = withPersonalData(createPostgresEventStore({ url: config.appDatabaseUrl, poolSize: 2 }), {
    masterKey: config.masterKey,
    url: config.appDatabaseUrl,
    poolSize: 2,
    cache: { ttlMs },
  });
  stores.push(store);
  return store;
};
const inTenant = <T>(fn: () => Promise<T>) => requestContext.run({ tenantId: tenant, platform: false }, fn);
const asPlatform = <T>(fn: () => Promise<T>) => requestContext.run({ platform: true }, fn);

let owner: Pool;
let store: PersonalDataEventStore;
let appended: AppendResult;
const stored = async () =>
  (
    await owner.query<{ data: string; metadata: string; hash: string }>(
      "SELECT data::text, metadata::text, encode(hash, 'hex') AS hash FROM events WHERE tenant_id = $1 ORDER BY global_position",
      [tenant],
    )
  ).rows;
const firstPartyOf = async (reader: PersonalDataEventStore) =>
  (await inTenant(() => reader.readStream(stream))).map(
    (e) => (e.data as { firstParty: unknown }).firstParty,
  );

beforeAll(async () => {
  owner = new Pool({ connectionString: config.databaseUrl, max: 2 });
  store = newStore();
  appended = await inTenant(() => store.appendToStream(stream, events, { expectedRevision: 'no_stream' }));
});

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await owner?.end();
});

describe('personal data appended through the store', () => {
  it('reaches the events table only encrypted: no name, NIP or actor name in data or metadata', async () => {
    const rows = await stored();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      for (const text of [row.data, row.metadata]) {
        expect(text).not.toContain('Fulan');
        expect(text).not.toContain(NIP);
        expect(text).not.toContain('Siti');
      }
      expect(row.data).toContain('Wali Kota Dumai');
      expect(row.data).toContain('"$pii"');
    }
  });

  it('keeps one wrapped key per person outside the log', async () => {
    const { rows } = await owner.query<{ person_id: string; bytes: number }>(
      'SELECT person_id, length(key) AS bytes FROM person_keys WHERE tenant_id = $1 ORDER BY person_id',
      [tenant],
    );
    expect(rows.map((r) => r.person_id)).toContain(actor.account);
    expect(rows).toHaveLength(2); // the signatory (by NIP) and the actor; the Wali Kota names nobody
    for (const row of rows) expect(row.bytes).toBe(12 + 16 + 32); // iv, tag, AES-256 key
  });

  it('reads back plain, by stream and in the global log', async () => {
    expect(await firstPartyOf(store)).toEqual([firstParty, firstParty]);
    // The log is read below the oldest running transaction, and suites share the database: poll.
    const after = { commit: appended.position.commit - 1n, prepare: 0n };
    const deadline = Date.now() + 20_000;
    let mine: RecordedEvent[] = [];
    while (mine.length < 2 && Date.now() < deadline) {
      const batch = await asPlatform(() => store.readAll({ after, maxCount: 10_000 }));
      mine = batch.filter((e) => e.tenantId === tenant);
      if (mine.length < 2) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(mine.map((e) => e.metadata.actor?.name)).toEqual([ACTOR, ACTOR]);
  });

  it('shows a tenant none of another tenant’s keys: a reader there fails, never reading "[dihapus]"', async () => {
    const stranger = newStore();
    await expect(
      requestContext.run({ tenantId: 'kota-bontang', platform: false }, () =>
        stranger.vault.keysOf([{ tenant, person: actor.account }]),
      ),
    ).rejects.toBeInstanceOf(PersonKeyMissing);
  });

  it('refuses another tenant’s stream before making any key', async () => {
    const before = await owner.query('SELECT count(*)::int AS n FROM person_keys');
    const other = {
      ...events[0],
      id: uuidV5(`${tenant}|other`),
      metadata: { ...metadata, actor: { account: 'x', name: 'Orang Lain' } },
    };
    await expect(
      requestContext.run({ tenantId: 'kota-bontang', platform: false }, () =>
        store.appendToStream(stream, [other]),
      ),
    ).rejects.toBeInstanceOf(TenantAccessDeniedError);
    expect((await owner.query('SELECT count(*)::int AS n FROM person_keys')).rows).toEqual(before.rows);
  });
});

describe('after the signatory’s key is erased', () => {
  let before: Awaited<ReturnType<typeof stored>>;
  let otherProcess: PersonalDataEventStore;
  let shortLived: PersonalDataEventStore;
  const signatory = () => store.ids.ofNip(tenant, NIP);

  beforeAll(async () => {
    otherProcess = newStore();
    shortLived = newStore(50);
    // Both cache the live key before the erasure.
    expect((await firstPartyOf(otherProcess))[0]).toEqual(firstParty);
    expect((await firstPartyOf(shortLived))[0]).toEqual(firstParty);
    before = await stored();
    await inTenant(() => store.vault.erase(tenant, signatory()));
  });

  it('reads the name and NIP as "[dihapus]", the position and the actor as they were', async () => {
    const erased = { position: firstParty.position, name: '[dihapus]', nip: '[dihapus]' };
    expect(await firstPartyOf(store)).toEqual([erased, erased]);
    const [event] = await inTenant(() => store.readStream(stream));
    expect(event.metadata.actor?.name).toBe(ACTOR);
  });

  it('leaves the stored events byte for byte as they were, so the hash chain still verifies', async () => {
    expect(await stored()).toEqual(before);
    const verification = await inTenant(() => store.verify(tenant));
    expect(verification).toMatchObject({ valid: true, eventCount: 2, firstBroken: null });
  });

  it('nulls the key in the vault, for good: the app role can neither revive nor delete the row', async () => {
    const app = new Pool({ connectionString: config.appDatabaseUrl, max: 1 });
    try {
      const inTx = async (sql: string) => {
        const client = await app.connect();
        try {
          await client.query('BEGIN');
          await client.query("SELECT set_config('jejak.tenant_id', $1, true)", [tenant]);
          await client.query(sql, [tenant, signatory()]);
        } finally {
          await client.query('ROLLBACK');
          client.release();
        }
      };
      await expect(
        inTx(
          "UPDATE person_keys SET key = '\\x00', erased_at = NULL WHERE tenant_id = $1 AND person_id = $2",
        ),
      ).rejects.toThrow(/only by erasure/);
      await expect(inTx('DELETE FROM person_keys WHERE tenant_id = $1 AND person_id = $2')).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.end();
    }
  });

  it('reaches a process that cached the key as soon as its key expires', async () => {
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await firstPartyOf(shortLived))[0]).toMatchObject({ name: '[dihapus]', nip: '[dihapus]' });
  });

  it('reaches a process that cached the key as soon as it reads the erasure from the log', async () => {
    expect((await firstPartyOf(otherProcess))[0]).toEqual(firstParty); // within its TTL, still cached
    const erasure: NewEvent = {
      id: uuidV5(`${tenant}|erased`),
      type: 'PersonalDataErased',
      data: { person: signatory(), reason: 'Permohonan subjek data' },
      metadata,
    };
    await inTenant(() => store.appendToStream(`${tenant}/privacy`, [erasure]));
    await inTenant(() => otherProcess.readStream(`${tenant}/privacy`));
    expect((await firstPartyOf(otherProcess))[0]).toMatchObject({ name: '[dihapus]', nip: '[dihapus]' });
  });

  it('stores nothing of the erased person in events written afterwards', async () => {
    // A whole PK (drafted, then signed): the suites share the database and its projectors.
    const next = `${tenant}/agreement-bkpsdm-2025`;
    const again = events.map((event, i) => ({
      ...event,
      id: uuidV5(`${tenant}|2025|${i}`),
      data: i === 0 ? { ...(event.data as object), fiscalYear: 2025 } : event.data,
    }));
    await inTenant(() => store.appendToStream(next, again, { expectedRevision: 'no_stream' }));
    const { rows } = await owner.query<{ data: string }>(
      'SELECT data::text FROM events WHERE tenant_id = $1 AND stream_id = $2',
      [tenant, next],
    );
    expect(rows.map((row) => row.data.includes('"ct"'))).toEqual([false, false]);
    expect(await inTenant(() => store.verify(tenant))).toMatchObject({ valid: true, eventCount: 5 });
  });
});
