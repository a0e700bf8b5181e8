import { randomBytes } from 'node:crypto';
import { loadConfig } from '@jejak/config';
import { asPlatform, createPool, inTenantTransaction, requestContext } from '@jejak/database';

const suffix = () => randomBytes(4).toString('hex');
const tenantA = `kota-a-${suffix()}`;

describe('idempotency keys in PostgreSQL', () => {
  const pool = createPool(loadConfig().appDatabaseUrl);
  afterAll(() => pool.end());

  it('keep a platform-wide key out of every tenant session', async () => {
    const key = `k-${suffix()}`;
    await asPlatform(() =>
      inTenantTransaction(pool, (c) =>
        c.query(
          `INSERT INTO idempotency_keys (tenant_id, account_id, key, fingerprint, state) VALUES (NULL, 'admin', $1, 'f', 'pending')`,
          [key],
        ),
      ),
    );
    const seen = await requestContext.run({ tenantId: tenantA, platform: false }, () =>
      inTenantTransaction(pool, (c) => c.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [key])),
    );
    expect(seen.rowCount).toBe(0);
    const anonymous = await requestContext.run({ platform: false }, () =>
      inTenantTransaction(pool, (c) => c.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [key])),
    );
    expect(anonymous.rowCount).toBe(0);
  });
});
