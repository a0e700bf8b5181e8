import { PostRole } from '@jejak/access';
import { RequestContext, requestContext } from '@jejak/database';
import { ProjectionHarness, projectionHarness, specMetadata } from '@jejak/testing';
import { CreateAgencyCommand } from '../create-agency/create-agency.command';
import { CreateAgencyHandler } from '../create-agency/create-agency.handler';
import { CreatePostCommand } from '../create-post/create-post.command';
import { CreatePostHandler } from '../create-post/create-post.handler';
import { CreateTenantCommand } from '../create-tenant/create-tenant.command';
import { CreateTenantHandler } from '../create-tenant/create-tenant.handler';
import { CreateUnitCommand } from '../create-unit/create-unit.command';
import { CreateUnitHandler } from '../create-unit/create-unit.handler';
import { UnknownAgency, UnknownTenant, UnknownUnit } from '../domain/tenancy.errors';
import { ListPostsHandler, ListUnitsHandler } from './organisation.handler';
import { ListPostsQuery, ListUnitsQuery } from './organisation.query';
import { TenantDirectory1760000000310 } from './tenant-directory.migration';
import { TENANT_DIRECTORY, tenantDirectoryProjection } from './tenant-directory.projection';
import { TenantOrganisation1760000000320 } from './tenant-organisation.migration';

// BKPSDM of Kota Dumai and its units (fixtures/kota-dumai-bkpsdm-2024.json); Kota Bontang beside it.
const PLATFORM: RequestContext = { platform: true, source: 'api' };
const inTenant = (tenantId: string): RequestContext => ({ tenantId, platform: false, source: 'api' });

let db: ProjectionHarness;
let commandNo = 0;

const meta = (tenantId: string) =>
  specMetadata({ tenantId, commandId: `00000000-0000-4000-8000-${String(++commandNo).padStart(12, '0')}` });
const asTenant = <T>(tenantId: string, fn: () => Promise<T>) => requestContext.run(inTenant(tenantId), fn);

async function setUp(tenantId: string, agencyId: string): Promise<void> {
  const tenant = { tenantId, name: tenantId, kind: 'kota' as const, province: null };
  await requestContext.run(PLATFORM, () =>
    new CreateTenantHandler(db.store).execute(new CreateTenantCommand(tenant, meta(tenantId))),
  );
  const agency = { tenantId, agencyId, name: 'Badan Kepegawaian', shortName: 'BKPSDM' };
  await asTenant(tenantId, () =>
    new CreateAgencyHandler(db.store).execute(new CreateAgencyCommand(agency, meta(tenantId))),
  );
}

function createUnit(tenantId: string, unitId: string, name: string, parentUnitId: string | null = null) {
  const data = { tenantId, agencyId: 'bkpsdm', unitId, name, parentUnitId };
  return asTenant(tenantId, () =>
    new CreateUnitHandler(db.store).execute(new CreateUnitCommand(data, meta(tenantId))),
  );
}

function createPost(
  tenantId: string,
  postId: string,
  role: PostRole,
  unitId: string | null = null,
  superiorPostId: string | null = null,
) {
  const data = { tenantId, postId, title: postId, agencyId: 'bkpsdm', unitId, role, superiorPostId };
  return asTenant(tenantId, () =>
    new CreatePostHandler(db.store).execute(new CreatePostCommand(data, meta(tenantId))),
  );
}

const tables = async () => ({
  agencies: (await db.owner.query('SELECT * FROM agencies ORDER BY tenant_id, agency_id')).rows,
  units: (await db.owner.query('SELECT * FROM units ORDER BY tenant_id, agency_id, unit_id')).rows,
  posts: (await db.owner.query('SELECT * FROM posts ORDER BY tenant_id, post_id')).rows,
});

beforeAll(async () => {
  db = await projectionHarness({
    migrations: [TenantDirectory1760000000310, TenantOrganisation1760000000320],
    projections: [tenantDirectoryProjection],
    batchSize: 3,
  });

  await setUp('kota-dumai', 'bkpsdm');
  await setUp('kota-bontang', 'bkpsdm');
  await createUnit('kota-dumai', 'sekretariat', 'Sekretariat');
  await createUnit('kota-dumai', 'subbag-tata-usaha', 'Subbagian Tata Usaha', 'sekretariat');
  await createUnit('kota-dumai', 'bidang-mutasi-kepangkatan', 'Bidang Mutasi dan Kepangkatan');
  await createUnit('kota-bontang', 'sekretariat', 'Sekretariat');
  await createPost('kota-dumai', 'kepala-badan', 'head-of-agency');
  await createPost('kota-dumai', 'sekretaris', 'secretary', 'sekretariat', 'kepala-badan');
  await createPost('kota-dumai', 'staf-mutasi', 'staff', 'bidang-mutasi-kepangkatan', 'kepala-badan');
  await db.runner.catchUp();
});

afterAll(() => db?.close());

describe("an agency's units and the tenant's posts, in the directory", () => {
  it('list every unit under its parent, and the agency at its stream revision', async () => {
    const { agencies, units } = await tables();
    expect(units.map((u) => [u.tenant_id, u.unit_id, u.parent_unit_id, u.revision])).toEqual([
      ['kota-bontang', 'sekretariat', null, 1],
      ['kota-dumai', 'bidang-mutasi-kepangkatan', null, 3],
      ['kota-dumai', 'sekretariat', null, 1],
      ['kota-dumai', 'subbag-tata-usaha', 'sekretariat', 2],
    ]);
    expect(agencies.map((a) => [a.tenant_id, a.revision])).toEqual([
      ['kota-bontang', 1],
      ['kota-dumai', 3],
    ]);
  });

  it('list every post with its place, role and superior', async () => {
    const { posts } = await tables();
    expect(posts.map((p) => [p.post_id, p.unit_id, p.role, p.superior_post_id])).toEqual([
      ['kepala-badan', null, 'head-of-agency', null],
      ['sekretaris', 'sekretariat', 'secretary', 'kepala-badan'],
      ['staf-mutasi', 'bidang-mutasi-kepangkatan', 'staff', 'kepala-badan'],
    ]);
  });

  it('are rebuilt from the log to the same rows', async () => {
    const incremental = await tables();
    await db.runner.rebuild(TENANT_DIRECTORY);
    expect(await tables()).toEqual(incremental);
  });

  it('are read through the queries, units parents first, with the ETag of the agency', async () => {
    const units = await asTenant('kota-dumai', () =>
      new ListUnitsHandler(db.dataSource).execute(new ListUnitsQuery('kota-dumai', 'bkpsdm')),
    );
    expect(units).toMatchObject({ tenant: 'kota-dumai', agency: 'bkpsdm', revision: 3 });
    expect(units.items.map((u) => [u.unit, u.parent])).toEqual([
      ['sekretariat', null],
      ['subbag-tata-usaha', 'sekretariat'],
      ['bidang-mutasi-kepangkatan', null],
    ]);
    const posts = await asTenant('kota-dumai', () =>
      new ListPostsHandler(db.dataSource).execute(new ListPostsQuery('kota-dumai')),
    );
    expect(posts.map((p) => p.post)).toEqual(['kepala-badan', 'sekretaris', 'staf-mutasi']);
  });
});

describe('creating units and posts again', () => {
  it('appends nothing when they are created exactly as they exist', async () => {
    expect(await createUnit('kota-dumai', 'sekretariat', 'Sekretariat')).toMatchObject({
      revision: 3,
      recorded: false,
    });
    expect(await createPost('kota-dumai', 'kepala-badan', 'head-of-agency')).toMatchObject({
      revision: 0,
      recorded: false,
    });
  });

  it('refuses a unit of an agency that does not exist (404), and a post in a unit of none', async () => {
    await expect(
      asTenant('kota-dumai', () =>
        new CreateUnitHandler(db.store).execute(
          new CreateUnitCommand(
            {
              tenantId: 'kota-dumai',
              agencyId: 'bappeda',
              unitId: 'sekretariat',
              name: 'S',
              parentUnitId: null,
            },
            meta('kota-dumai'),
          ),
        ),
      ),
    ).rejects.toThrow(UnknownAgency);
    await expect(createPost('kota-dumai', 'kasubbag-umum', 'head-of-unit', 'subbag-umum')).rejects.toThrow(
      UnknownUnit,
    );
  });

  it('refuses a post of a tenant that does not exist', async () => {
    await expect(createPost('kota-batam', 'kepala-badan', 'head-of-agency')).rejects.toThrow(UnknownTenant);
  });
});

describe("another tenant's units and posts", () => {
  it('are not found by the queries of a tenant', async () => {
    await asTenant('kota-dumai', async () => {
      await expect(
        new ListUnitsHandler(db.dataSource).execute(new ListUnitsQuery('kota-bontang', 'bkpsdm')),
      ).rejects.toThrow(UnknownAgency);
      await expect(
        new ListPostsHandler(db.dataSource).execute(new ListPostsQuery('kota-bontang')),
      ).rejects.toThrow(UnknownTenant);
    });
  });
});
