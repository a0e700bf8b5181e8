/*
 * UU PDP over HTTP: Kota Dumai's BKPSDM 2024 (test/fixtures) imported with its PK's first party
 * named (name and NIP), read back named; that person erased by the tenant's administrator; then
 * the name reads "[dihapus]" in the agreement and the log, the performance, budget and
 * efficiency numbers are those of before, and the tenant's hash chain still verifies.
 */
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { requestContext } from '@jejak/database';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createProjectionRunner } from '../../../apps/worker/src/projections';
import { documentFor } from '../importing/import-e2e.support';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { expectProblem, fieldPaths } from '../support/problem';

const FIXTURE = 'kota-dumai-bkpsdm-2024';
const YEAR = 2024;
// A fictitious head of the BKPSDM; an 18-digit NIP (born 1978-05-12, appointed 2005-01, male, 003).
const NAME = 'Drs. Fulan bin Fulan, M.Si.';
const NIP = '197805122005011003';
const REASON = 'Permohonan penghapusan data pribadi oleh subjek data (UU 27/2022 Pasal 8)';

let api: E2eApi;
let admin: Record<string, string>;
let owner: Pool;
const tenant = uniqueTenant('kota-dumai');
const agencyBase = () => `/api/v1/tenants/${tenant}/agencies/bkpsdm`;
const get = async (path: string) =>
  (await api.http.get(`${agencyBase()}/${path}`).set(admin).expect(200)).body;
const catchUp = () =>
  createProjectionRunner(api.app.get(DataSource), api.app.get<EventStore>(EVENT_STORE)).catchUp();
const numbers = async () => ({
  performance: await get(`performance?year=${YEAR}`),
  budget: await get(`budget?year=${YEAR}`),
  efficiency: await get(`efficiency?year=${YEAR}`),
});
const erase = (person: string, body: object = { reason: REASON }, auth = admin) =>
  api.http.post(`/api/v1/tenants/${tenant}/people/${person}/erasure`).set(auth).send(body);

beforeAll(async () => {
  api = await startApi();
  admin = api.auth(await api.adminToken());
  owner = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const doc = documentFor(FIXTURE, tenant) as ReturnType<typeof documentFor> & {
    agreement: { firstParty: Record<string, unknown> };
  };
  doc.agreement.firstParty = { ...doc.agreement.firstParty, name: NAME, nip: NIP };
  await api.http.post('/api/v1/imports').set(admin).send(doc).expect(201);
  await catchUp();
});

afterAll(async () => {
  await owner?.end();
  await api?.close();
});

describe('a PK signatory named in an imported document', () => {
  let before: Awaited<ReturnType<typeof numbers>>;
  let person: string;

  beforeAll(async () => {
    before = await numbers();
    expect(before.performance.rows.length).toBeGreaterThan(0);
  });

  it('reads back by name and NIP, while the events table holds neither', async () => {
    const pk = await get(`agreements/${YEAR}`);
    expect(pk.firstParty).toMatchObject({ name: NAME, nip: NIP });
    const { rows } = await owner.query<{ text: string }>(
      'SELECT data::text || metadata::text AS text FROM events WHERE tenant_id = $1',
      [tenant],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.text.includes('Fulan') || row.text.includes(NIP))).toEqual([]);
  });

  it('has a person id the administrator looks up by NIP, sent in the body', async () => {
    const res = await api.http
      .post(`/api/v1/tenants/${tenant}/people/lookup`)
      .set(admin)
      .send({ nip: NIP })
      .expect(200);
    expect(res.body).toEqual({ person: expect.any(String), status: 'stored' });
    person = res.body.person;
  });

  it('is not erased without a reason, nor by an official who does not administer the tenant', async () => {
    const blank = await erase(person, { reason: ' ' });
    expectProblem(blank, 400, 'REQUEST.VALIDATION_FAILED');
    expect(fieldPaths(blank)).toContain('reason');
    const official = await api.createTenantAccount(tenant);
    expectProblem(await erase(person, { reason: REASON }, api.auth(official.token)), 403, 'ACCESS.DENIED');
  });

  it('is erased once, with its reason recorded; erasing again records nothing', async () => {
    const first = await erase(person).expect(201);
    expect(first.body).toMatchObject({ tenant, person, recorded: true, erasedAt: expect.any(String) });
    expect(first.headers.etag).toBe(`"${first.body.revision}"`);
    const again = await erase(person).expect(200);
    expect(again.body).toMatchObject({ recorded: false, revision: first.body.revision });
    const [event] = await requestContext.run({ tenantId: tenant, platform: false }, () =>
      api.app.get<EventStore>(EVENT_STORE).readStream(`${tenant}/privacy`),
    );
    expect(event).toMatchObject({ type: 'PersonalDataErased', data: { person, reason: REASON } });
    expect(event.metadata.reason).toBe(REASON);
  });

  describe('once erased and the read models caught up', () => {
    beforeAll(() => catchUp());

    it('reads as "[dihapus]" in the agreement, its position kept, on every version', async () => {
      const pk = await get(`agreements/${YEAR}`);
      expect(pk.firstParty).toEqual({
        position: expect.stringContaining('Kepala Badan'),
        name: '[dihapus]',
        nip: '[dihapus]',
      });
      expect(pk.versions).toHaveLength(2);
      const { rows } = await owner.query<{ parties: string }>(
        'SELECT first_party::text || second_party::text AS parties FROM agreement_versions WHERE tenant_id = $1',
        [tenant],
      );
      expect(rows).toHaveLength(2);
      expect(rows.filter((row) => row.parties.includes('Fulan') || row.parties.includes(NIP))).toEqual([]);
    });

    it('reads as "[dihapus]" in the log itself, and in the audit trail', async () => {
      const events = await requestContext.run({ tenantId: tenant, platform: false }, () =>
        api.app.get<EventStore>(EVENT_STORE).readStream(`${tenant}/agreement-bkpsdm-${YEAR}`),
      );
      const parties = events
        .filter((e) => e.type === 'AgreementDrafted' || e.type === 'AgreementSigned')
        .map((e) => (e.data as { firstParty: { name: string; nip: string } }).firstParty);
      expect(parties.map((p) => [p.name, p.nip])).toEqual([
        ['[dihapus]', '[dihapus]'],
        ['[dihapus]', '[dihapus]'],
      ]);
      const trail = await api.http
        .get(`/api/v1/tenants/${tenant}/history?stream=agreement-bkpsdm-${YEAR}`)
        .set(admin);
      const signed = trail.body.entries.find((e: { type: string }) => e.type === 'AgreementSigned');
      expect(signed.data.firstParty).toMatchObject({ name: '[dihapus]', nip: '[dihapus]' });
      // Everyone else's names stay readable: the importing administrator's, decrypted.
      expect(signed.actor.name).toBe('Platform administrator');
      expect(JSON.stringify(trail.body)).not.toContain('Fulan');
      expect(JSON.stringify(trail.body)).not.toContain(NIP);
    });

    it('leaves every number as it was', async () => {
      expect(await numbers()).toEqual(before);
    });

    it('leaves the tenant’s hash chain valid', async () => {
      const verification = await requestContext.run({ tenantId: tenant, platform: false }, () =>
        api.app.get<EventStore>(EVENT_STORE).verify(tenant),
      );
      expect(verification).toMatchObject({ valid: true, firstBroken: null });
      const integrity = await api.http.get(`/api/v1/tenants/${tenant}/integrity`).set(admin).expect(200);
      expect(integrity.body).toMatchObject({ valid: true, eventCount: verification.eventCount });
    });

    it('tells the lookup the person is erased', async () => {
      const res = await api.http
        .post(`/api/v1/tenants/${tenant}/people/lookup`)
        .set(admin)
        .send({ nip: NIP })
        .expect(200);
      expect(res.body).toEqual({ person, status: 'erased' });
    });
  });
});

describe('an official with an account', () => {
  it('is erased only once the account is disabled, and then reads as "[dihapus]" on the account too', async () => {
    const official = await api.createTenantAccount(tenant, { displayName: 'Siti Aminah, S.E.' });
    expectProblem(await erase(official.id), 422, 'PRIVACY.ACCOUNT_STILL_ACTIVE');
    await api.http.post(`/api/v1/tenants/${tenant}/accounts/${official.id}/disable`).set(admin).expect(200);
    await erase(official.id).expect(201);
    await catchUp();
    const account = await api.http
      .get(`/api/v1/tenants/${tenant}/accounts/${official.id}`)
      .set(admin)
      .expect(200);
    expect(account.body).toMatchObject({
      displayName: '[dihapus]',
      email: `dihapus-${official.id}@jejak.invalid`,
    });
  });
});

describe('a person the tenant holds nothing of', () => {
  it('is not found', async () => {
    expectProblem(await erase('00000000-0000-4000-8000-000000000000'), 404, 'PRIVACY.UNKNOWN_PERSON');
  });
});
