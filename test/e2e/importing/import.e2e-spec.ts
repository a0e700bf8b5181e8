import { asPlatform } from '@jejak/database';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { FIXTURES, spoil } from '../../fixtures/fixtures';
import { E2eApi, startApi, uniqueTenant } from '../support/e2e-app';
import { expectProblem, fieldPaths } from '../support/problem';
import { closeCounts, documentFor, eventCount } from './import-e2e.support';

let api: E2eApi;
let admin: Record<string, string>;
const dumai = uniqueTenant('kota-dumai');
const bontang = uniqueTenant('kota-bontang');
const tenants: Record<(typeof FIXTURES)[number], string> = {
  'kota-dumai-bkpsdm-2024': dumai,
  'kota-bontang-bkpsdm-2020': bontang,
};
const importing = (doc: unknown) =>
  api.http
    .post('/api/v1/imports')
    .set(admin)
    .send(doc as object);

beforeAll(async () => {
  api = await startApi();
  admin = api.auth(await api.adminToken());
});
afterAll(async () => {
  await closeCounts();
  await api.close();
});

describe('POST /api/v1/imports (platform administrator)', () => {
  it.each(FIXTURES)('imports %s into a new tenant: 201 with the events appended', async (fixture) => {
    const tenant = tenants[fixture];
    const doc = documentFor(fixture, tenant);
    const res = await importing(doc).expect(201);
    expect(res.body).toEqual({
      tenant,
      agency: 'bkpsdm',
      fiscalYear: doc.fiscalYear,
      eventsAppended: await eventCount(tenant),
    });
    expect(res.body.eventsAppended).toBeGreaterThan(0);
  });

  it('appends nothing when the same document comes again (201, eventsAppended 0)', async () => {
    const before = await eventCount(dumai);
    const res = await importing(documentFor('kota-dumai-bkpsdm-2024', dumai)).expect(201);
    expect(res.body.eventsAppended).toBe(0);
    expect(await eventCount(dumai)).toBe(before);
  });

  it('records the facts as the importing account did, with source "import" and the document’s dates', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    const events = await asPlatform(() => store.readStream(`${dumai}/agreement-bkpsdm-2024`));
    expect(events.map((e) => [e.type, e.metadata.occurredAt])).toEqual([
      ['AgreementDrafted', null], // the PK of Dumai 2024 is undated in the report
      ['AgreementSigned', null],
      ['AgreementAmended', '2024-09-23T00:00:00.000Z'], // DPPA 2024
    ]);
    for (const event of events) {
      expect(event.metadata).toMatchObject({ source: 'import', actor: { account: expect.any(String) } });
      expect(event.occurredAt).toEqual(event.metadata.occurredAt ? new Date('2024-09-23T00:00:00Z') : null);
    }
  });

  it('refuses a document with ten mistakes in one 422 listing each path, writing nothing', async () => {
    const doc = documentFor('kota-dumai-bkpsdm-2024', dumai);
    const mistakes: [path: string, value?: unknown][] = [
      ['$.fiscalYear', '2024'], // wrong type
      ['$.realizations[0].indicator', 'X9.9'], // unknown indicator code
      ['$.budgetRealizations[0].allocation', -6357723118], // negative money
      ['$.agreement.amendments[0].signedOn', '2024-02-30'], // impossible date
      ['$.agency.units[6]', { code: 'sekretariat', name: 'Sekretariat (lagi)', parent: null }], // duplicate code
      ['$.realizations[1].period', 'Q5'], // unknown period
      ['$.agreement.targets[0].fundedBy[1]', '9.99.99'], // unknown program in fundedBy
      ['$.agreement.amendments[0].budget[0].amount'], // missing required field
      ['$.plan.period.from', 'dua ribu dua puluh satu'], // wrong type
      ['$.plan.programs[0].activities[0].unit', 'bidang-tidak-ada'], // unknown unit
    ];
    mistakes.forEach(([path, ...value]) => spoil(doc, path, ...value));
    const before = await eventCount(dumai);
    const res = await importing(doc);
    expectProblem(res, 422, 'IMPORT.INVALID_DOCUMENT');
    const expected = mistakes.map(([path]) => (path === '$.agency.units[6]' ? `${path}.code` : path));
    expect(fieldPaths(res).sort()).toEqual(expected.sort());
    expect(await eventCount(dumai)).toBe(before);
  });

  it('refuses a body that is not a JSON object with 400', async () => {
    expectProblem(
      await importing([documentFor('kota-dumai-bkpsdm-2024', dumai)]),
      400,
      'IMPORT.NOT_A_DOCUMENT',
    );
  });

  it('refuses a valid document that conflicts with the record (another Renstra target): 422, nothing written', async () => {
    const doc = documentFor('kota-dumai-bkpsdm-2024', dumai);
    spoil(doc, "$.plan.goals[0].objectives[0].indicators[0].targets['2025']", 300); // S1.1: 255 in the Renstra
    spoil(doc, '$.agency.units[6]', { code: 'bidang-baru', name: 'Bidang Baru', parent: null }); // new: not written either
    const before = await eventCount(dumai);
    const res = await importing(doc);
    expectProblem(res, 422, 'IMPORT.REFUSED');
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        path: '$.plan.goals[0].objectives[0].indicators[0].targets',
        command: 'DefinePlanElements',
        code: 'PLANNING.DEFINED_DIFFERENTLY',
      }),
    ]);
    expect(await eventCount(dumai)).toBe(before);
  });

  it('is the platform administrator’s: 403 for a tenant account, 401 without a token', async () => {
    const official = await api.createTenantAccount(dumai);
    const res = await api.http
      .post('/api/v1/imports')
      .set(api.auth(official.token))
      .send(documentFor('kota-dumai-bkpsdm-2024', dumai));
    expectProblem(res, 403, 'AUTH.PLATFORM_ADMIN_ONLY');
    await api.http.post('/api/v1/imports').send({}).expect(401);
  });
});
