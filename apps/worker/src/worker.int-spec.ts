import { asPlatform, inTenantEntityTransaction } from '@jejak/database';
import { EVENT_STORE, EventStore, uuidV5 } from '@jejak/eventstore';
import { ProjectionRunner } from '@jejak/projections';
import { TENANT_DIRECTORY, TenantCreated, TenantEntity, tenantStream } from '@jejak/tenancy';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { PROJECTIONS } from './projections';
import { WorkerModule } from './worker.module';

// The worker's composition in-process, as an e2e suite uses it: append, then `catchUp()`.
let app: INestApplicationContext;

beforeAll(async () => {
  app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ follow: false }), {
    logger: false,
  });
});

afterAll(() => app?.close());

describe('the worker', () => {
  it('runs every registered projection', () => {
    expect(app.get(ProjectionRunner).names).toEqual(PROJECTIONS.map((projection) => projection.name));
    expect(app.get(ProjectionRunner).names).toContain(TENANT_DIRECTORY);
  });

  it('catches the read models up with the log on demand', async () => {
    const tenantId = `kota-worker-${Date.now().toString(36)}`;
    const data: TenantCreated['data'] = {
      tenantId,
      name: 'Pemerintah Kota Uji',
      kind: 'kota',
      province: null,
    };
    await asPlatform(() =>
      app.get<EventStore>(EVENT_STORE).appendToStream(tenantStream(tenantId), [
        {
          id: uuidV5(`worker-spec|${tenantId}`),
          type: 'TenantCreated',
          data,
          metadata: { tenantId, schemaVersion: 1, source: 'system' },
        },
      ]),
    );
    await app.get(ProjectionRunner).catchUp();
    const row = await asPlatform(() =>
      inTenantEntityTransaction(app.get(DataSource), (manager) =>
        manager.findOneBy(TenantEntity, { tenantId }),
      ),
    );
    expect(row).toMatchObject({ tenantId, name: 'Pemerintah Kota Uji', revision: 0 });
  });
});
