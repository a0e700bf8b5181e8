import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@jejak/config';
import { asPlatform, createPool, inTenantTransaction, requestContext } from '@jejak/database';
import { createPostgresEventStore, EventStore } from '@jejak/eventstore';
import { AccountNotFound } from '../domain/account.errors';
import { accountStream } from '../domain/account.events';
import { AccountEntity } from './account.entity';
import { IdentityService } from './identity.service';

const suffix = () => randomBytes(4).toString('hex');
const tenantA = `kota-a-${suffix()}`;
const tenantB = `kota-b-${suffix()}`;

describe('accounts in PostgreSQL (as the application role)', () => {
  const config = loadConfig();
  const pool = createPool(config.appDatabaseUrl);
  let dataSource: DataSource;
  let store: EventStore;
  let identity: IdentityService;
  const adminEmail = `root-${suffix()}@platform.test`;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    dataSource = await new DataSource({
      type: 'postgres',
      url: config.appDatabaseUrl,
      entities: [AccountEntity],
    }).initialize();
    store = createPostgresEventStore({ url: config.appDatabaseUrl });
    identity = new IdentityService(dataSource, store, {
      jwtSecret: 's',
      jwtTtlSeconds: 60,
      adminEmail,
      adminPassword: 'root-password',
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await pool.end();
  });

  const inTenant = <T>(tenantId: string, fn: () => Promise<T>) =>
    requestContext.run({ tenantId, platform: false }, fn);
  const emails = (rows: { email: string }[]) => rows.map((row) => row.email).sort();

  it('makes the platform administrator once, however often it starts', async () => {
    const [first, second] = await Promise.all([
      identity.bootstrapPlatformAdmin(),
      identity.bootstrapPlatformAdmin(),
    ]);
    const third = await identity.bootstrapPlatformAdmin();
    const ids = [first?.id, second?.id, third?.id].filter(Boolean);
    expect(new Set(ids).size).toBe(1);
    expect(third).toMatchObject({ email: adminEmail, tenant: null, platformAdmin: true });
  });

  it('shows a tenant session only its own accounts, never a platform administrator', async () => {
    const a = await inTenant(tenantA, () =>
      identity.createAccount({
        tenantId: tenantA,
        email: `x-${suffix()}@a.test`,
        displayName: 'A',
        password: 'pw-a-long',
      }),
    );
    const b = await inTenant(tenantB, () =>
      identity.createAccount({
        tenantId: tenantB,
        email: `x-${suffix()}@b.test`,
        displayName: 'B',
        password: 'pw-b-long',
      }),
    );
    const seenByA = await inTenant(tenantA, () =>
      inTenantTransaction(pool, (c) => c.query('SELECT email, tenant_id FROM accounts')),
    );
    expect(seenByA.rows.map((row) => row.tenant_id)).toEqual([tenantA]);
    expect(emails(seenByA.rows)).toEqual([a.account.email]);
    const seenByPlatform = await asPlatform(() =>
      inTenantTransaction(pool, (c) => c.query('SELECT email FROM accounts')),
    );
    expect(emails(seenByPlatform.rows)).toEqual(
      expect.arrayContaining([a.account.email, b.account.email, adminEmail]),
    );
  });

  it('refuses a tenant session writing another tenant’s account', async () => {
    await expect(
      inTenant(tenantA, () =>
        identity.createAccount({
          tenantId: tenantB,
          email: `y-${suffix()}@b.test`,
          displayName: 'Y',
          password: 'pw-y-long',
        }),
      ),
    ).rejects.toThrow(/row-level security|not in the current tenant/);
  });

  it('never lets the application role delete an account', async () => {
    await expect(
      asPlatform(() => inTenantTransaction(pool, (c) => c.query('DELETE FROM accounts'))),
    ).rejects.toThrow(/permission denied/);
  });

  it('tells the account’s creation as an event without the password hash', async () => {
    const { account, revision } = await inTenant(tenantA, () =>
      identity.createAccount({
        tenantId: tenantA,
        email: `z-${suffix()}@a.test`,
        displayName: 'Z',
        password: 'pw-z-long',
        posts: [{ post: 'kepala' }],
      }),
    );
    expect(revision).toBe(0);
    const [event] = await inTenant(tenantA, () => store.readStream(accountStream(tenantA, account.id)));
    expect(event).toMatchObject({
      type: 'AccountCreated',
      data: { accountId: account.id, email: account.email, posts: [{ post: 'kepala' }] },
    });
    expect(JSON.stringify(event.data)).not.toMatch(/argon2|pw-z-long/);
  });

  it('gives an account a further post, told as an event, and signs it in holding both', async () => {
    const email = `plt-${suffix()}@a.test`;
    const sekretaris = { post: 'sekretaris', agency: 'bkpsdm', role: 'secretary' } as const;
    const pltKepala = {
      post: 'kepala-badan',
      agency: 'bkpsdm',
      role: 'head-of-agency',
      acting: true,
    } as const;
    const metadata = {
      tenantId: tenantA,
      now: new Date(),
      commandId: `assign-${suffix()}`,
      source: 'api',
    } as const;
    const { account } = await inTenant(tenantA, () =>
      identity.createAccount({
        tenantId: tenantA,
        email,
        displayName: 'P',
        password: 'pw-p-long',
        posts: [sekretaris],
      }),
    );
    const assigned = await inTenant(tenantA, () =>
      identity.assignPost(tenantA, account.id, pltKepala, 0, metadata),
    );
    expect(assigned).toMatchObject({ revision: 1, account: { posts: [sekretaris, pltKepala] } });
    const again = await inTenant(tenantA, () =>
      identity.assignPost(tenantA, account.id, pltKepala, undefined, {
        ...metadata,
        commandId: `x-${suffix()}`,
      }),
    );
    expect(again.revision).toBe(1);
    expect((await identity.verifyPassword(email, 'pw-p-long'))?.posts).toEqual([sekretaris, pltKepala]);
    const events = await inTenant(tenantA, () => store.readStream(accountStream(tenantA, account.id)));
    expect(events.map((event) => event.type)).toEqual(['AccountCreated', 'PostAssigned']);
  });

  it("refuses a further post for another tenant's account, as if it did not exist", async () => {
    const { account } = await inTenant(tenantB, () =>
      identity.createAccount({
        tenantId: tenantB,
        email: `o-${suffix()}@b.test`,
        displayName: 'O',
        password: 'pw-o-long',
      }),
    );
    const metadata = {
      tenantId: tenantA,
      now: new Date(),
      commandId: `o-${suffix()}`,
      source: 'api',
    } as const;
    await expect(
      inTenant(tenantA, () =>
        identity.assignPost(tenantA, account.id, { post: 'staf' }, undefined, metadata),
      ),
    ).rejects.toThrow(AccountNotFound);
  });

  it('signs in by email whatever its case, and only with the right password', async () => {
    const email = `Mixed-${suffix()}@A.test`;
    await inTenant(tenantA, () =>
      identity.createAccount({ tenantId: tenantA, email, displayName: 'M', password: 'right-password' }),
    );
    expect(await identity.verifyPassword(email.toUpperCase(), 'right-password')).toMatchObject({
      email: email.toLowerCase(),
      tenant: tenantA,
    });
    expect(await identity.verifyPassword(email, 'wrong-password')).toBeUndefined();
    expect(await identity.verifyPassword(`nobody-${suffix()}@a.test`, 'right-password')).toBeUndefined();
  });
});
