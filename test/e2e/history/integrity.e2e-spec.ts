import { Pool } from 'pg';
import { CliIo, runCli } from '../../../apps/api/src/cli';
import { expectProblem } from '../support/problem';
import { HistoryE2e, ownerPool, startHistoryE2e } from './history-e2e.support';

let h: HistoryE2e;
let owner: Pool;
beforeAll(async () => {
  h = await startHistoryE2e();
  owner = ownerPool();
});
afterAll(async () => {
  await owner.end();
  await h.close();
});

const integrity = (headers = h.inspector.headers) => h.api.http.get(`${h.root}/integrity`).set(headers);

/** `npm run jejak -- …` in-process, with what it prints. */
async function jejak(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The stored event reporting S1.1's realization for the year, as the owner sees it. */
async function s11Report(): Promise<{
  event_id: string;
  stream_id: string;
  stream_position: number;
  data: string;
}> {
  const { rows } = await owner.query(
    `SELECT event_id, stream_id, stream_position, data::text AS data FROM events
      WHERE tenant_id = $1 AND type = 'RealizationReported' AND data->>'indicator' = 'S1.1'`,
    [h.tenant],
  );
  return rows[0];
}

describe('an intact chain', () => {
  it('verifies: every event counted, the head hash given, no broken link', async () => {
    const { rows } = await owner.query('SELECT count(*)::int AS n FROM events WHERE tenant_id = $1', [
      h.tenant,
    ]);
    const res = await integrity().expect(200);
    expect(res.body).toEqual({
      tenant: h.tenant,
      eventCount: rows[0].n,
      headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      valid: true,
      firstBroken: null,
      verifiedAt: expect.any(String),
    });
  });

  it('verifies from the command line too: exit 0', async () => {
    const run = await jejak('verify', '--tenant', h.tenant);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ tenant: h.tenant, valid: true, firstBroken: null });
  });

  it('is for the inspectorate, the tenant administrator and the platform: 403 for the head of the agency', async () => {
    await integrity(h.admin).expect(200);
    expectProblem(await integrity(h.head.headers), 403, 'ACCESS.DENIED');
  });

  it('answers 404 for a tenant that does not exist, and the CLI exits 1 (2 without a tenant)', async () => {
    expectProblem(
      await h.api.http.get('/api/v1/tenants/kota-tidak-ada/integrity').set(h.admin),
      404,
      'TENANCY.UNKNOWN_TENANT',
    );
    expect((await jejak('verify', '--tenant', 'kota-tidak-ada')).code).toBe(1);
    expect((await jejak('verify')).code).toBe(2);
  });
});

describe('a chain with one byte of one stored event changed by the database owner', () => {
  let altered: Awaited<ReturnType<typeof s11Report>>;

  beforeAll(async () => {
    altered = await s11Report();
    expect(altered.data).toContain('"279"');
    // The owner can silence the immutability trigger; S1.1's 279 becomes 278: one byte.
    await owner.query('BEGIN');
    await owner.query('SET LOCAL session_replication_role = replica');
    await owner.query(
      `UPDATE events SET data = replace(data::text, '"279"', '"278"')::jsonb WHERE event_id = $1`,
      [altered.event_id],
    );
    await owner.query('COMMIT');
  });

  it('makes integrity name that event', async () => {
    const res = await integrity().expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.firstBroken).toMatchObject({
      eventId: altered.event_id,
      stream: altered.stream_id,
      streamPosition: altered.stream_position,
      type: 'RealizationReported',
      expectedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      storedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(res.body.firstBroken.expectedHash).not.toBe(res.body.firstBroken.storedHash);
  });

  it('makes the CLI exit 3, naming the event', async () => {
    const run = await jejak('verify', `--tenant=${h.tenant}`);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.out).firstBroken.eventId).toBe(altered.event_id);
    expect(run.err).toContain(altered.event_id);
  });
});
