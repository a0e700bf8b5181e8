import { Client } from 'pg';
import { loadConfig } from '@jejak/config';
import { SET_TENANT_SQL } from '@jejak/database';
import { WrongExpectedRevisionError } from '../event-store.port';
import { asTenant, newEvent, newEvents, newTenant } from '../testing/event-store.fixtures';
import { PostgresEventStore, createPostgresEventStore } from './postgres-event-store';

const config = loadConfig();
let store: PostgresEventStore;
let app: Client;
let owner: Client;

beforeAll(async () => {
  store = createPostgresEventStore({ url: config.appDatabaseUrl });
  app = new Client({ connectionString: config.appDatabaseUrl });
  owner = new Client({ connectionString: config.databaseUrl });
  await Promise.all([app.connect(), owner.connect()]);
});
afterAll(() => Promise.all([store.close(), app.end(), owner.end()]));

/** Runs raw SQL as the application role with `tenant` bound, in a transaction rolled back after. */
async function asTenantRaw(
  tenant: string,
  sql: string,
  params: unknown[] = [],
): Promise<{ rowCount: number; rows: unknown[] }> {
  await app.query('BEGIN');
  try {
    await app.query(SET_TENANT_SQL, [tenant, 'off']);
    const { rowCount, rows } = await app.query(sql, params);
    return { rowCount: rowCount ?? 0, rows };
  } finally {
    await app.query('ROLLBACK');
  }
}

const RLS_REFUSAL = /row-level security/;

describe('the PostgreSQL event store, to the application role', () => {
  const [a, b] = [newTenant(), newTenant()];
  const bStream = `${b}/agreement-b-2024`;

  beforeAll(() =>
    asTenant(b, () =>
      store.appendToStream(bStream, newEvents(b, 2), {
        outbox: [{ queue: 'reports', name: 'render', jobId: `${b}-1`, payload: {} }],
      }),
    ),
  );

  it("hides another tenant's events, chain head and outbox rows, even to raw SQL", async () => {
    for (const table of ['events', 'tenant_heads', 'outbox']) {
      expect((await asTenantRaw(a, `SELECT * FROM ${table} WHERE tenant_id = $1`, [b])).rowCount).toBe(0);
      expect(
        (await asTenantRaw(b, `SELECT * FROM ${table} WHERE tenant_id = $1`, [b])).rowCount,
      ).toBeGreaterThan(0);
    }
    expect((await app.query('SELECT * FROM events WHERE tenant_id = $1', [b])).rowCount).toBe(0);
  });

  it("refuses writing another tenant's events, chain head and outbox rows, even to raw SQL", async () => {
    await expect(
      asTenantRaw(
        a,
        `INSERT INTO events (tenant_id, stream_id, stream_position, event_id, type, schema_version, data, metadata, hash)
         VALUES ($1, $2, 99, gen_random_uuid(), 'Forged', 1, '{}', '{}', '\\x00')`,
        [b, bStream],
      ),
    ).rejects.toThrow(RLS_REFUSAL);
    await expect(asTenantRaw(a, 'INSERT INTO tenant_heads (tenant_id) VALUES ($1)', [b])).rejects.toThrow(
      RLS_REFUSAL,
    );
    await expect(
      asTenantRaw(
        a,
        "INSERT INTO outbox (tenant_id, queue, job_name, job_id) VALUES ($1, 'q', 'n', 'forged')",
        [b],
      ),
    ).rejects.toThrow(RLS_REFUSAL);
    expect(
      (await asTenantRaw(a, 'UPDATE tenant_heads SET head_hash = NULL WHERE tenant_id = $1', [b])).rowCount,
    ).toBe(0);
    expect(
      (await asTenantRaw(a, 'UPDATE outbox SET dispatched_at = now() WHERE tenant_id = $1', [b])).rowCount,
    ).toBe(0);
  });

  it("may not update or delete events at all, not even its own tenant's", async () => {
    await expect(
      asTenantRaw(b, "UPDATE events SET type = 'Forged' WHERE tenant_id = $1", [b]),
    ).rejects.toThrow(/permission denied/);
    await expect(asTenantRaw(b, 'DELETE FROM events WHERE tenant_id = $1', [b])).rejects.toThrow(
      /permission denied/,
    );
  });
});

describe('the event log, to its owner', () => {
  const tenant = newTenant();
  const stream = `${tenant}/agreement-c-2024`;
  const events = newEvents(tenant, 4);

  beforeAll(() => asTenant(tenant, () => store.appendToStream(stream, events)));

  it.each([
    ['UPDATE', "UPDATE events SET type = 'Forged' WHERE event_id = $1"],
    ['DELETE', 'DELETE FROM events WHERE event_id = $1'],
  ])('refuses %s, naming the rule', async (_, sql) => {
    await expect(owner.query(sql, [events[0].id])).rejects.toThrow(/events are immutable/);
  });

  it('refuses TRUNCATE', async () => {
    await expect(owner.query('TRUNCATE events')).rejects.toThrow(/events are immutable: TRUNCATE/);
  });

  it('cannot alter an event unnoticed: verify names exactly the altered one', async () => {
    await owner.query('BEGIN');
    // A superuser can silence the triggers; the hash chain still tells.
    await owner.query('SET LOCAL session_replication_role = replica');
    await owner.query(`UPDATE events SET data = '{"n": 999}' WHERE event_id = $1`, [events[1].id]);
    await owner.query('COMMIT');

    const result = await asTenant(tenant, () => store.verify(tenant));
    const [altered] = await asTenant(tenant, () =>
      store.readStream(stream, { fromRevision: 1, maxCount: 1 }),
    );
    expect(result).toMatchObject({ tenantId: tenant, eventCount: 4, valid: false });
    expect(result.firstBroken).toMatchObject({
      eventId: events[1].id,
      streamId: stream,
      streamPosition: 1,
      storedHash: altered.hash,
    });
    expect(result.firstBroken?.position).toEqual(altered.position);
    expect(result.firstBroken?.expectedHash).not.toBe(altered.hash);
  });

  it('cannot remove the newest events unnoticed: the chain head no longer matches', async () => {
    const other = newTenant();
    const [first, last] = [newEvent(other), newEvent(other)];
    await asTenant(other, () => store.appendToStream(`${other}/x`, [first, last]));
    await owner.query('BEGIN');
    await owner.query('SET LOCAL session_replication_role = replica');
    await owner.query('DELETE FROM events WHERE event_id = $1', [last.id]);
    await owner.query('COMMIT');

    expect(await asTenant(other, () => store.verify(other))).toMatchObject({
      eventCount: 1,
      valid: false,
      firstBroken: null,
    });
  });
});

describe('the outbox', () => {
  const tenant = newTenant();
  const stream = `${tenant}/workflow-9`;
  const job = (jobId: string) => ({
    queue: 'reminders',
    name: 'remind',
    jobId,
    payload: { stream },
    delayMs: 1000,
  });
  const jobIds = async (): Promise<string[]> =>
    (await asTenantRaw(tenant, 'SELECT job_id FROM outbox ORDER BY id')).rows.map(
      (r) => (r as { job_id: string }).job_id,
    );

  it('is written in the same transaction as the events, and not at all when the append is refused', async () => {
    const events = newEvents(tenant, 1);
    await asTenant(tenant, () =>
      store.appendToStream(stream, events, { expectedRevision: 'no_stream', outbox: [job('a'), job('b')] }),
    );
    expect(await jobIds()).toEqual(['a', 'b']);
    const [row] = (await asTenantRaw(tenant, "SELECT * FROM outbox WHERE job_id = 'a'")).rows;
    expect(row).toMatchObject({
      tenant_id: tenant,
      queue: 'reminders',
      job_name: 'remind',
      delay_ms: 1000,
      dispatched_at: null,
    });

    const stale = asTenant(tenant, () =>
      store.appendToStream(stream, newEvents(tenant, 1), {
        expectedRevision: 'no_stream',
        outbox: [job('c')],
      }),
    );
    await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    const retry = await asTenant(tenant, () => store.appendToStream(stream, events, { outbox: [job('d')] }));
    expect(retry.appended).toBe(false);
    expect(await jobIds()).toEqual(['a', 'b']);
  });
});
