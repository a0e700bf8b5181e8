import { RequestContext, inTenantEntityTransaction, requestContext } from '@jejak/database';
import { DEFAULT_CONVENTIONS, mergeConventions } from '@jejak/measurement';
import { ProjectionHarness, projectionHarness, specMetadata } from '@jejak/testing';
import { ChangeConventionsCommand } from '../change-conventions/change-conventions.command';
import { ChangeConventionsHandler } from '../change-conventions/change-conventions.handler';
import { CreateTenantCommand } from '../create-tenant/create-tenant.command';
import { CreateTenantHandler } from '../create-tenant/create-tenant.handler';
import { ChangeConventionsData } from '../domain/conventions.decider';
import { UnknownTenant } from '../domain/tenancy.errors';
import { TenantDirectory1760000000310 } from '../tenant-directory/tenant-directory.migration';
import { tenantDirectoryProjection } from '../tenant-directory/tenant-directory.projection';
import { ConventionsForYearHandler, ListConventionsHandler } from './tenant-conventions.handler';
import { TenantConventions1760000000330 } from './tenant-conventions.migration';
import { TENANT_CONVENTIONS, tenantConventionsProjection } from './tenant-conventions.projection';
import {
  ConventionsForYearQuery,
  ListConventionsQuery,
  conventionsForYear,
  findConventionsVersions,
} from './tenant-conventions.query';

// Kota Bontang's 2020 conventions (fixtures/kota-bontang-bkpsdm-2020.json) and a truncating
// restatement from 2022 (DOMAIN.md: "some reports truncate"); Kota Dumai states nothing.
const bontang2020 = {
  achievementBands: [
    { from: 100.01, label: 'Melebihi Target' },
    { from: 100, label: 'Tercapai/ Sesuai Target' },
    { from: null, label: 'Tidak Tercapai' },
  ],
  efficiency: {
    method: 'difference',
    bands: [
      { from: 0, label: 'Efisien' },
      { from: null, label: 'Tidak Efisien' },
    ],
  },
} as const;
const truncating2022 = { rounding: { mode: 'truncate', decimals: 1 } } as const;

const PLATFORM: RequestContext = { platform: true, source: 'api' };
const inTenant = (tenantId: string): RequestContext => ({ tenantId, platform: false, source: 'api' });

let db: ProjectionHarness;
let commandNo = 0;

const meta = (tenantId: string) =>
  specMetadata({ tenantId, commandId: `00000000-0000-4000-8000-${String(++commandNo).padStart(12, '0')}` });
const asTenant = <T>(tenantId: string, fn: () => Promise<T>) => requestContext.run(inTenant(tenantId), fn);

function changeConventions(
  tenantId: string,
  fromFiscalYear: number,
  conventions: ChangeConventionsData['conventions'],
) {
  const command = new ChangeConventionsCommand({ tenantId, fromFiscalYear, conventions }, meta(tenantId));
  return asTenant(tenantId, () => new ChangeConventionsHandler(db.store).execute(command));
}

beforeAll(async () => {
  db = await projectionHarness({
    migrations: [TenantDirectory1760000000310, TenantConventions1760000000330],
    projections: [tenantDirectoryProjection, tenantConventionsProjection],
    batchSize: 2,
  });
  for (const tenantId of ['kota-bontang', 'kota-dumai']) {
    const data = { tenantId, name: tenantId, kind: 'kota' as const, province: null };
    await requestContext.run(PLATFORM, () =>
      new CreateTenantHandler(db.store).execute(new CreateTenantCommand(data, meta(tenantId))),
    );
  }
  await changeConventions('kota-bontang', 2020, bontang2020);
  await changeConventions('kota-bontang', 2022, truncating2022);
  await db.runner.catchUp();
});

afterAll(() => db?.close());

const rows = async () =>
  (await db.owner.query('SELECT * FROM conventions_versions ORDER BY tenant_id, version')).rows;

describe("a tenant's conventions versions", () => {
  it('are one row per version, in full, with the year each is in force from', async () => {
    expect((await rows()).map((r) => [r.tenant_id, r.version, r.from_fiscal_year, r.revision])).toEqual([
      ['kota-bontang', 1, 2020, 0],
      ['kota-bontang', 2, 2022, 1],
    ]);
    expect((await rows())[1].conventions).toEqual(mergeConventions(truncating2022));
  });

  it('are rebuilt from the log to the same rows', async () => {
    const incremental = await rows();
    await db.runner.rebuild(TENANT_CONVENTIONS);
    expect(await rows()).toEqual(incremental);
  });

  it('gain nothing when the same document is imported again', async () => {
    expect(await changeConventions('kota-bontang', 2020, bontang2020)).toMatchObject({
      version: 1,
      revision: 1,
      recorded: false,
    });
  });

  it('are found by the query functions that computations call, in the tenant of the request', async () => {
    await asTenant('kota-bontang', () =>
      inTenantEntityTransaction(db.dataSource, async (manager) => {
        expect((await findConventionsVersions(manager)).map((v) => [v.version, v.fromFiscalYear])).toEqual([
          [1, 2020],
          [2, 2022],
        ]);
        expect(await conventionsForYear(manager, 2021)).toEqual({
          version: 1,
          fromFiscalYear: 2020,
          conventions: mergeConventions(bontang2020),
        });
        expect((await conventionsForYear(manager, 2024)).version).toBe(2);
        expect((await conventionsForYear(manager, 2019)).version).toBe(0);
      }),
    );
  });

  it('of another tenant are not seen: a tenant that stated none has the platform defaults', async () => {
    await asTenant('kota-dumai', () =>
      inTenantEntityTransaction(db.dataSource, async (manager) => {
        expect(await findConventionsVersions(manager, 'kota-bontang')).toEqual([]);
        expect(await conventionsForYear(manager, 2024)).toEqual({
          version: 0,
          fromFiscalYear: 0,
          conventions: DEFAULT_CONVENTIONS,
        });
      }),
    );
  });

  it('need a tenant to be read in', async () => {
    await expect(
      requestContext.run(PLATFORM, () =>
        inTenantEntityTransaction(db.dataSource, (m) => findConventionsVersions(m)),
      ),
    ).rejects.toThrow(/in a tenant/);
  });
});

describe('the conventions queries of the API', () => {
  it('list every version with the stream revision (the ETag)', async () => {
    const view = await asTenant('kota-bontang', () =>
      new ListConventionsHandler(db.dataSource).execute(new ListConventionsQuery('kota-bontang')),
    );
    expect(view).toMatchObject({ tenant: 'kota-bontang', revision: 1 });
    expect(view.items.map((v) => v.version)).toEqual([1, 2]);
  });

  it('answer the version in force for a year', async () => {
    const view = await asTenant('kota-bontang', () =>
      new ConventionsForYearHandler(db.dataSource).execute(new ConventionsForYearQuery('kota-bontang', 2021)),
    );
    expect(view).toMatchObject({
      tenant: 'kota-bontang',
      year: 2021,
      version: 1,
      fromFiscalYear: 2020,
      revision: 1,
    });
  });

  it("answer 404 for another tenant's conventions", async () => {
    await expect(
      asTenant('kota-dumai', () =>
        new ListConventionsHandler(db.dataSource).execute(new ListConventionsQuery('kota-bontang')),
      ),
    ).rejects.toThrow(UnknownTenant);
  });
});
