import { RequestContext, inTenantEntityTransaction, requestContext } from '@jejak/database';
import { revisionOf } from '@jejak/eventstore';
import type { InterchangeDocument } from '@jejak/interchange';
import { ProjectionHarness, projectionHarness, specMetadata } from '@jejak/testing';
import { UnknownAgency, agencyStream } from '@jejak/tenancy';
import { EntityManager } from 'typeorm';
import { readFixture } from '../../../../test/fixtures/fixtures';
import { AdoptRenstraCommand } from '../adopt-renstra/adopt-renstra.command';
import { AdoptRenstraHandler } from '../adopt-renstra/adopt-renstra.handler';
import { DefinePlanElementsCommand } from '../define-plan-elements/define-plan-elements.command';
import { DefinePlanElementsHandler } from '../define-plan-elements/define-plan-elements.handler';
import { NoRenstraInForce } from '../domain/planning.errors';
import { planElements } from '../domain/renstra.commands';
import { RecordHistoricalResultsCommand } from '../record-history/record-history.command';
import { RecordHistoricalResultsHandler } from '../record-history/record-history.handler';
import { PlanCommandsData, planCommandsOf } from '../testing/interchange-plan';
import { findBudgetItems, findHistory, findIndicator, findIndicators } from './plan.finders';
import { GetPlanHandler } from './plan.handler';
import { PlanReadModel1760000000430 } from './plan.migration';
import { PLAN_PROJECTION, planProjection } from './plan.projection';
import { GetPlanQuery } from './plan.query';

// The plans of the two fixtures: Kota Dumai 2021–2026 and Kota Bontang 2016–2021.
const dumaiDoc = readFixture<InterchangeDocument>('kota-dumai-bkpsdm-2024.json');
const bontangDoc = readFixture<InterchangeDocument>('kota-bontang-bkpsdm-2020.json');
const inTenant = (tenantId: string): RequestContext => ({ tenantId, platform: false, source: 'import' });

let db: ProjectionHarness;
let commandNo = 0;

const meta = (tenantId: string) =>
  specMetadata({
    tenantId,
    source: 'import',
    occurredAt: null,
    commandId: `00000000-0000-4000-8000-${String(++commandNo).padStart(12, '0')}`,
  });
const asTenant = <T>(tenantId: string, fn: () => Promise<T>) => requestContext.run(inTenant(tenantId), fn);
const read = <T>(tenantId: string, fn: (m: EntityManager) => Promise<T>) =>
  asTenant(tenantId, () => inTenantEntityTransaction(db.dataSource, fn));

async function createAgency(tenantId: string, agencyId: string): Promise<void> {
  const data = {
    tenantId,
    agencyId,
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    shortName: 'BKPSDM',
  };
  const event = {
    id: `${String(++commandNo).padStart(8, '0')}-0000-4000-8000-000000000000`,
    type: 'AgencyCreated',
    data,
  };
  await asTenant(tenantId, () =>
    db.store.appendToStream(agencyStream(tenantId, agencyId), [
      { ...event, metadata: { tenantId, schemaVersion: 1, source: 'system' } },
    ]),
  );
}

/** What the importer does with a document's plan: adopt, define the whole plan, record its history. */
async function importPlan(tenantId: string, plan: PlanCommandsData): Promise<number[]> {
  return asTenant(tenantId, async () => [
    (await new AdoptRenstraHandler(db.store).execute(new AdoptRenstraCommand(plan.adoption, meta(tenantId))))
      .appended,
    (
      await new DefinePlanElementsHandler(db.store).execute(
        new DefinePlanElementsCommand(plan.elements, meta(tenantId)),
      )
    ).appended,
    (
      await new RecordHistoricalResultsHandler(db.store).execute(
        new RecordHistoricalResultsCommand(plan.history, meta(tenantId)),
      )
    ).appended,
  ]);
}

async function tables(): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of ['plan_renstra', 'plan_indicators', 'plan_budget_items', 'plan_history']) {
    rows[table] = (await db.owner.query(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4`)).rows;
  }
  return rows;
}

const dumai = planCommandsOf(dumaiDoc);
const bontang = planCommandsOf(bontangDoc);

beforeAll(async () => {
  db = await projectionHarness({
    migrations: [PlanReadModel1760000000430],
    projections: [planProjection],
    batchSize: 25,
  });
  await createAgency('kota-dumai', 'bkpsdm');
  await createAgency('kota-bontang', 'bkpsdm');
  await importPlan('kota-dumai', dumai);
  await importPlan('kota-bontang', bontang);
  await db.runner.catchUp();
});

afterAll(() => db?.close());

describe("a document's plan, imported as commands", () => {
  it('appends nothing when the same document is imported again', async () => {
    const stream = 'kota-dumai/renstra-bkpsdm-2021-2026';
    const before = revisionOf(await asTenant('kota-dumai', () => db.store.readStream(stream)));
    expect(await importPlan('kota-dumai', dumai)).toEqual([0, 0, 0]);
    expect(revisionOf(await asTenant('kota-dumai', () => db.store.readStream(stream)))).toBe(before);
  });

  it('is refused for an agency that does not exist (404)', async () => {
    const adoption = { ...dumai.adoption, agency: 'bappeda' };
    await expect(
      asTenant('kota-dumai', () =>
        new AdoptRenstraHandler(db.store).execute(new AdoptRenstraCommand(adoption, meta('kota-dumai'))),
      ),
    ).rejects.toThrow(UnknownAgency);
  });
});

describe('the plan read model', () => {
  it("gives the 2024 indicators of Dumai's Renstra with their 2024 targets", async () => {
    const indicators = await read('kota-dumai', (m) => findIndicators(m, 'kota-dumai', 'bkpsdm', 2024));
    expect(indicators).toHaveLength(dumai.elements.indicators.length);
    const target = (code: string) => indicators.find((i) => i.code === code)?.target;
    // Indeks Sistem Merit 254, Indeks Profesionalitas ASN 70, P2.1 99.55 (the fixture's Renstra targets).
    expect([target('S1.1'), target('T1.1'), target('P2.1')]).toEqual(['254', '70', '99.55']);
    expect(indicators.find((i) => i.code === 'S1.1')?.replaces).toEqual(['OLD.1', 'OLD.2', 'OLD.3', 'OLD.4']);
  });

  it('gives the program tree, a sub kegiatan owned by its kegiatan’s unit', async () => {
    const items = await read('kota-dumai', (m) => findBudgetItems(m, 'kota-dumai', 'bkpsdm', 2024));
    const { programs, activities, subActivities } = dumai.elements;
    expect(items).toHaveLength(programs.length + activities.length + subActivities.length);
    expect(items.find((i) => i.code === '5.03.02.2.01.0011')).toMatchObject({
      level: 'subActivity',
      parent: '5.03.02.2.01',
      unit: 'bidang-pengadaan-pemberhentian-informasi',
    });
  });

  it('assembles the plan in force for a year as a tree, and has none before the period', async () => {
    const plan = await asTenant('kota-dumai', () =>
      new GetPlanHandler(db.dataSource).execute(new GetPlanQuery('kota-dumai', 'bkpsdm', 2024)),
    );
    expect([plan.period, plan.title]).toEqual(['2021-2026', 'Perubahan Renstra BKPSDM Kota Dumai 2021-2026']);
    expect(plan.goals[0].objectives[0].indicators.map((i) => [i.code, i.target])).toEqual([['S1.1', '254']]);
    expect(plan.programs.map((p) => p.code)).toEqual(['5.03.01', '5.03.02', '5.04.02']);
    expect(plan.programs[1].activities[0].indicators.map((i) => [i.code, i.target])).toEqual([
      ['K2.1.1', '114'],
    ]);
    await expect(
      asTenant('kota-dumai', () =>
        new GetPlanHandler(db.dataSource).execute(new GetPlanQuery('kota-dumai', 'bkpsdm', 2020)),
      ),
    ).rejects.toThrow(NoRenstraInForce);
  });

  it('keeps the history as reported then (OLD.1: 97.7 in 2022, 85.8 in 2023)', async () => {
    const history = await read('kota-dumai', (m) => findHistory(m, 'kota-dumai', 'bkpsdm', ['OLD.1']));
    expect(history.map((h) => [h.year, h.target, h.realization])).toEqual([
      [2022, '100', '97.7'],
      [2023, '100', '85.8'],
    ]);
    expect(await read('kota-dumai', (m) => findHistory(m, 'kota-dumai', 'bkpsdm'))).toHaveLength(
      dumai.history.results.length,
    );
  });

  it("ends a replaced indicator's validity in the read model", async () => {
    const ref = { agency: 'bkpsdm', period: { from: 2016, to: 2021 } };
    // A successor of Bontang's S1.1 (Indeks profesionalitas ASN) from 2021, for the spec.
    const successor = {
      ...bontang.elements.indicators.find((i) => i.code === 'S1.1')!,
      code: 'S1.2',
      validFrom: 2021,
      targets: { '2021': '75' },
      replaces: ['S1.1'],
    };
    await asTenant('kota-bontang', () =>
      new DefinePlanElementsHandler(db.store).execute(
        new DefinePlanElementsCommand(planElements(ref, { indicators: [successor] }), meta('kota-bontang')),
      ),
    );
    await db.runner.catchUp();
    const s11 = await read('kota-bontang', (m) =>
      findIndicator(m, 'kota-bontang', 'bkpsdm', '2016-2021', 'S1.1'),
    );
    expect([s11?.validFrom, s11?.validTo, s11?.replacedBy]).toEqual([2016, 2020, ['S1.2']]);
    const in2021 = await read('kota-bontang', (m) => findIndicators(m, 'kota-bontang', 'bkpsdm', 2021));
    expect(in2021.map((i) => i.code)).toContain('S1.2');
    expect(in2021.map((i) => i.code)).not.toContain('S1.1');
  });

  it('is rebuilt from the log to the same rows', async () => {
    const incremental = await tables();
    await db.runner.rebuild(PLAN_PROJECTION);
    expect(await tables()).toEqual(incremental);
  });

  it("shows a tenant none of another tenant's plan", async () => {
    expect(await read('kota-dumai', (m) => findIndicators(m, 'kota-bontang', 'bkpsdm', 2020))).toEqual([]);
    expect(
      await read('kota-dumai', (m) => m.query('SELECT DISTINCT tenant_id FROM plan_indicators')),
    ).toEqual([{ tenant_id: 'kota-dumai' }]);
  });
});
