import { inTenantEntityTransaction, requestContext } from '@jejak/database';
import { uuidV5 } from '@jejak/eventstore';
import { AgencyCreated, agencyStream } from '@jejak/tenancy';
import { ProjectionHarness, projectionHarness } from '@jejak/testing';
import { EntityManager } from 'typeorm';
import { readFixture } from '../../../../test/fixtures/fixtures';
import { DraftAgreementCommand } from '../draft-agreement/draft-agreement.command';
import { DraftAgreementHandler } from '../draft-agreement/draft-agreement.handler';
import { UnknownAgency } from '../domain/agreement.errors';
import {
  Expected,
  Fixture,
  budget,
  importAgreement,
  inTenant,
  meta,
  targets,
} from '../testing/fixture-agreements';
import { AgreementVersions1760000000520 } from './agreement-versions.migration';
import { AGREEMENT_VERSIONS, agreementVersionsProjection } from './agreement-versions.projection';
import { agreementView, findAgreementInForce, findAgreementVersions } from './agreement-versions.query';

// The agreements of Kota Dumai 2024 and Kota Bontang 2020 (test/fixtures), imported as commands,
// against the expected results: 2 versions each, the budget totals before and after amending.
let db: ProjectionHarness;

async function registerAgency(tenantId: string, agencyId: string): Promise<void> {
  const data: AgencyCreated['data'] = {
    tenantId,
    agencyId,
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    shortName: 'BKPSDM',
  };
  await requestContext.run(inTenant(tenantId), () =>
    db.store.appendToStream(agencyStream(tenantId, agencyId), [
      {
        id: uuidV5(`agency|${tenantId}`),
        type: 'AgencyCreated',
        data,
        metadata: { tenantId, schemaVersion: 1, source: 'system' },
      },
    ]),
  );
}

const read = <T>(tenantId: string, fn: (m: EntityManager) => Promise<T>) =>
  requestContext.run(inTenant(tenantId), () => inTenantEntityTransaction(db.dataSource, fn));
const rows = async () =>
  (
    await db.owner.query(
      'SELECT * FROM agreement_versions ORDER BY tenant_id, agency, fiscal_year, party, version',
    )
  ).rows;

beforeAll(async () => {
  db = await projectionHarness({
    migrations: [AgreementVersions1760000000520],
    projections: [agreementVersionsProjection],
    batchSize: 2,
  });
  await registerAgency('kota-dumai', 'bkpsdm');
  await registerAgency('kota-bontang', 'bkpsdm');
  await importAgreement(db.store, 'kota-dumai-bkpsdm-2024');
  await importAgreement(db.store, 'kota-bontang-bkpsdm-2020');
  await db.runner.catchUp();
});

afterAll(() => db?.close());

describe.each([
  ['kota-dumai', 2024, 'kota-dumai-bkpsdm-2024'],
  ['kota-bontang', 2020, 'kota-bontang-bkpsdm-2020'],
])('the agreement of %s %i, imported', (tenantId, fiscalYear, fixture) => {
  const expected = readFixture<Expected>(`${fixture}.expected.json`).agreement;
  const key = { tenantId, agency: 'bkpsdm', fiscalYear };

  it('has the expected versions, and the budget totals before and after amending', async () => {
    const view = agreementView(await read(tenantId, (m) => findAgreementVersions(m, key)));
    expect(view.versions).toHaveLength(expected.versions);
    expect(view.versions[0].budgetTotal).toBe(String(expected.budgetBefore));
    expect(view.current.budgetTotal).toBe(String(expected.budgetAfter));
    // Drafted at stream position 0, signed at 1 (version 0), amendment n at n + 1.
    expect(view.revision).toBe(expected.versions);
  });

  it('answers the terms in force, with the programs funding each target', async () => {
    const inForce = await read(tenantId, (m) => findAgreementInForce(m, key));
    const doc = readFixture<Fixture>(`${fixture}.json`).agreement;
    const last = doc.amendments[doc.amendments.length - 1];
    expect(inForce).toMatchObject({
      version: doc.amendments.length,
      targets: targets(last.targets ?? doc.targets),
      budget: budget(last.budget!),
    });
  });

  it('appends nothing when the same document is imported again', async () => {
    const before = (
      await requestContext.run(inTenant(tenantId), () =>
        db.store.readStream(`${tenantId}/agreement-bkpsdm-${fiscalYear}`),
      )
    ).length;
    await importAgreement(db.store, fixture);
    const after = await requestContext.run(inTenant(tenantId), () =>
      db.store.readStream(`${tenantId}/agreement-bkpsdm-${fiscalYear}`),
    );
    expect(after).toHaveLength(before);
  });
});

describe('the agreement versions read model', () => {
  it('keeps undated signatures and amendments undated (Kota Bontang 2020 prints no dates)', async () => {
    const bontang = (await rows()).filter((r) => r.tenant_id === 'kota-bontang');
    expect(bontang.map((r) => [r.version, r.signed_on, r.occurred_at])).toEqual([
      [0, null, null],
      [1, null, null],
    ]);
  });

  it('dates a signed version by its document (Kota Dumai, DPPA of 2024-09-23)', async () => {
    const dumai = await read('kota-dumai', (m) =>
      findAgreementVersions(m, { tenantId: 'kota-dumai', agency: 'bkpsdm', fiscalYear: 2024 }),
    );
    expect(dumai.map((r) => r.signedOn)).toEqual([null, '2024-09-23']);
    expect(dumai[1].occurredAt).toEqual(new Date('2024-09-23T00:00:00.000Z'));
  });

  it('is rebuilt from the log to the same rows', async () => {
    const incremental = await rows();
    await db.runner.rebuild(AGREEMENT_VERSIONS);
    expect(await rows()).toEqual(incremental);
  });

  it("shows a tenant none of another tenant's versions", async () => {
    const key = { tenantId: 'kota-bontang', agency: 'bkpsdm', fiscalYear: 2020 };
    expect(await read('kota-dumai', (m) => findAgreementVersions(m, key))).toEqual([]);
    expect(await read('kota-dumai', (m) => findAgreementInForce(m, key))).toBeNull();
  });

  it('has no agreement in force for a year never agreed', async () => {
    expect(
      await read('kota-dumai', (m) =>
        findAgreementInForce(m, { tenantId: 'kota-dumai', agency: 'bkpsdm', fiscalYear: 2025 }),
      ),
    ).toBeNull();
  });

  it('refuses a PK of an agency the tenant does not have', async () => {
    const data = {
      agency: 'bappeda',
      fiscalYear: 2024,
      party: null,
      cascadedFrom: null,
      firstParty: { position: 'Kepala' },
      secondParty: { position: 'Wali Kota' },
      targets: [{ indicator: 'S1.1', target: '1', fundedBy: null }],
      budget: [],
    };
    const draft = requestContext.run(inTenant('kota-dumai'), () =>
      new DraftAgreementHandler(db.store).execute(
        new DraftAgreementCommand(data, meta('kota-dumai', 'bappeda')),
      ),
    );
    await expect(draft).rejects.toThrow(UnknownAgency);
  });
});
