import { RequestContext, inTenantEntityTransaction, requestContext } from '@jejak/database';
import { ProjectionRunner } from '@jejak/projections';
import { ProjectionHarness, projectionHarness, specMetadata } from '@jejak/testing';
import { CreateAgencyCommand } from '../create-agency/create-agency.command';
import { CreateAgencyHandler } from '../create-agency/create-agency.handler';
import { CreateTenantCommand } from '../create-tenant/create-tenant.command';
import { CreateTenantHandler } from '../create-tenant/create-tenant.handler';
import { AgencyAlreadyExists, TenantAlreadyExists, UnknownTenant } from '../domain/tenancy.errors';
import { TenantKind } from '../domain/tenancy.events';
import { TenantDirectory1760000000310 } from './tenant-directory.migration';
import { TenantOrganisation1760000000320 } from './tenant-organisation.migration';
import { GetTenantHandler, ListAgenciesHandler, ListTenantsHandler } from './tenant-directory.handler';
import { TENANT_DIRECTORY, tenantDirectoryProjection } from './tenant-directory.projection';
import { GetTenantQuery, ListAgenciesQuery } from './tenant-directory.query';

// Two governments of the fixtures (fixtures/*.json): Kota Dumai and Kota Bontang.
const PLATFORM: RequestContext = { platform: true, source: 'api' };
const inTenant = (tenantId: string): RequestContext => ({ tenantId, platform: false, source: 'api' });

let db: ProjectionHarness;
let commandNo = 0;

const meta = (tenantId: string) =>
  specMetadata({ tenantId, commandId: `00000000-0000-4000-8000-${String(++commandNo).padStart(12, '0')}` });

function createTenant(
  tenantId: string,
  name: string,
  kind: TenantKind = 'kota',
  province: string | null = null,
) {
  const command = new CreateTenantCommand({ tenantId, name, kind, province }, meta(tenantId));
  return requestContext.run(PLATFORM, () => new CreateTenantHandler(db.store).execute(command));
}

function createAgency(tenantId: string, agencyId: string, name: string, shortName: string | null = null) {
  const command = new CreateAgencyCommand({ tenantId, agencyId, name, shortName }, meta(tenantId));
  return requestContext.run(inTenant(tenantId), () => new CreateAgencyHandler(db.store).execute(command));
}

const tables = async () => ({
  tenants: (await db.owner.query('SELECT * FROM tenants ORDER BY tenant_id')).rows,
  agencies: (await db.owner.query('SELECT * FROM agencies ORDER BY tenant_id, agency_id')).rows,
});

beforeAll(async () => {
  db = await projectionHarness({
    migrations: [TenantDirectory1760000000310, TenantOrganisation1760000000320],
    projections: [tenantDirectoryProjection],
    batchSize: 3,
  });

  await createTenant('kota-dumai', 'Pemerintah Kota Dumai', 'kota', 'Riau');
  await createTenant('kota-bontang', 'Pemerintah Kota Bontang', 'kota', 'Kalimantan Timur');
  await createAgency(
    'kota-dumai',
    'bkpsdm',
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    'BKPSDM',
  );
  await createAgency('kota-dumai', 'bappeda', 'Badan Perencanaan Pembangunan Daerah');
  await createAgency(
    'kota-bontang',
    'bkpsdm',
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    'BKPSDM',
  );
  await db.runner.catchUp();
});

afterAll(() => db?.close());

describe('the tenant directory', () => {
  it('lists every tenant and agency the log created, at their stream revisions', async () => {
    const { tenants, agencies } = await tables();
    expect(tenants.map((t) => [t.tenant_id, t.name, t.province, t.revision])).toEqual([
      ['kota-bontang', 'Pemerintah Kota Bontang', 'Kalimantan Timur', 0],
      ['kota-dumai', 'Pemerintah Kota Dumai', 'Riau', 0],
    ]);
    expect(agencies.map((a) => [a.tenant_id, a.agency_id, a.short_name])).toEqual([
      ['kota-bontang', 'bkpsdm', 'BKPSDM'],
      ['kota-dumai', 'bappeda', null],
      ['kota-dumai', 'bkpsdm', 'BKPSDM'],
    ]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    const incremental = await tables();
    await db.runner.rebuild(TENANT_DIRECTORY);
    expect(await tables()).toEqual(incremental);
  });

  it('resumes after a crash in the middle of a batch with the rows a rebuild gives', async () => {
    await createAgency('kota-bontang', 'bappeda', 'Badan Perencanaan Pembangunan Daerah');
    await createTenant('kabupaten-siak', 'Pemerintah Kabupaten Siak', 'kabupaten', 'Riau');
    await createAgency('kabupaten-siak', 'inspektorat', 'Inspektorat Daerah');
    const crashing = new ProjectionRunner(db.dataSource, db.store, [tenantDirectoryProjection], {
      batchSize: 3,
      hooks: {
        beforeEvent: (_batch, index) => {
          if (index === 1) throw new Error('crash mid-batch');
        },
      },
    });
    await expect(crashing.catchUp()).rejects.toThrow('crash mid-batch');
    await db.runner.catchUp();
    const resumed = await tables();
    expect(resumed.agencies).toHaveLength(5);
    await db.runner.rebuild(TENANT_DIRECTORY);
    expect(await tables()).toEqual(resumed);
  });
});

describe('creating tenants and agencies', () => {
  it('refuses a tenant code that is taken', async () => {
    await expect(createTenant('kota-dumai', 'Pemerintah Kota Dumai')).rejects.toThrow(TenantAlreadyExists);
  });

  it('refuses an agency code that is taken in the tenant', async () => {
    await expect(createAgency('kota-dumai', 'bkpsdm', 'Badan Kepegawaian')).rejects.toThrow(
      AgencyAlreadyExists,
    );
  });

  it('refuses an agency of a tenant that does not exist', async () => {
    await expect(createAgency('kota-batam', 'bkpsdm', 'Badan Kepegawaian')).rejects.toThrow(UnknownTenant);
  });

  it('answers the new stream revision', async () => {
    expect(await createAgency('kota-dumai', 'inspektorat', 'Inspektorat Daerah')).toEqual({
      tenant: 'kota-dumai',
      agency: 'inspektorat',
      revision: 0,
    });
  });
});

describe("another tenant's read-model rows, for the app role in tenant A's context", () => {
  const asDumai = <T>(
    fn: (sql: (text: string, params?: unknown[]) => Promise<unknown[]>) => Promise<T>,
  ): Promise<T> =>
    requestContext.run(inTenant('kota-dumai'), () =>
      inTenantEntityTransaction(db.dataSource, (manager) =>
        fn((text, params) => manager.query(text, params)),
      ),
    );

  it('cannot be read', async () => {
    expect(await asDumai((sql) => sql("SELECT * FROM tenants WHERE tenant_id = 'kota-bontang'"))).toEqual([]);
    expect(await asDumai((sql) => sql("SELECT * FROM agencies WHERE tenant_id = 'kota-bontang'"))).toEqual(
      [],
    );
    expect(await asDumai((sql) => sql('SELECT DISTINCT tenant_id FROM agencies'))).toEqual([
      { tenant_id: 'kota-dumai' },
    ]);
  });

  it('cannot be inserted', async () => {
    const insert =
      "INSERT INTO agencies VALUES ('kota-bontang', 'dinkes', 'Dinas Kesehatan', NULL, now(), 0)";
    await expect(asDumai((sql) => sql(insert))).rejects.toThrow(/row-level security/);
  });

  it('cannot be updated or deleted', async () => {
    const before = await tables();
    const update =
      "UPDATE tenants SET name = 'taken over' WHERE tenant_id = 'kota-bontang' RETURNING tenant_id";
    // TypeORM answers an UPDATE or DELETE as [rows returned, rows affected].
    expect(await asDumai((sql) => sql(update))).toEqual([[], 0]);
    expect(
      await asDumai((sql) =>
        sql("DELETE FROM agencies WHERE tenant_id = 'kota-bontang' RETURNING agency_id"),
      ),
    ).toEqual([[], 0]);
    expect(await tables()).toEqual(before);
  });

  it('cannot be made by moving one of its own rows over', async () => {
    const move = "UPDATE agencies SET tenant_id = 'kota-bontang' WHERE tenant_id = 'kota-dumai'";
    await expect(asDumai((sql) => sql(move))).rejects.toThrow(/row-level security/);
  });

  it('are not found by the directory queries', async () => {
    await requestContext.run(inTenant('kota-dumai'), async () => {
      await expect(
        new GetTenantHandler(db.dataSource).execute(new GetTenantQuery('kota-bontang')),
      ).rejects.toThrow(UnknownTenant);
      await expect(
        new ListAgenciesHandler(db.dataSource).execute(new ListAgenciesQuery('kota-bontang')),
      ).rejects.toThrow(UnknownTenant);
      expect((await new ListTenantsHandler(db.dataSource).execute()).map((t) => t.tenant)).toEqual([
        'kota-dumai',
      ]);
    });
  });

  it('are all seen by the platform', async () => {
    const tenants = await requestContext.run(PLATFORM, () => new ListTenantsHandler(db.dataSource).execute());
    expect(tenants.map((t) => t.tenant)).toEqual(['kabupaten-siak', 'kota-bontang', 'kota-dumai']);
  });
});
