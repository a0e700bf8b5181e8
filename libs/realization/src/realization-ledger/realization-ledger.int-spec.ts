import { RequestContext, inTenantEntityTransaction, requestContext } from '@jejak/database';
import { WrongExpectedRevisionError } from '@jejak/eventstore';
import { realizationValue } from '@jejak/measurement';
import { UnknownAgency, agencyStream } from '@jejak/tenancy';
import { ProjectionHarness, projectionHarness, specMetadata } from '@jejak/testing';
import { AllocateBudgetCommand } from '../allocate-budget/allocate-budget.command';
import { AllocateBudgetHandler } from '../allocate-budget/allocate-budget.handler';
import { CorrectRealizationCommand } from '../correct-realization/correct-realization.command';
import { CorrectRealizationHandler } from '../correct-realization/correct-realization.handler';
import { Measurement } from '../domain/realization.events';
import { ReportBudgetRealizationCommand } from '../report-budget-realization/report-budget-realization.command';
import { ReportBudgetRealizationHandler } from '../report-budget-realization/report-budget-realization.handler';
import { ReportRealizationCommand } from '../report-realization/report-realization.command';
import { ReportRealizationHandler } from '../report-realization/report-realization.handler';
import { ListBudgetLinesHandler, ListRealizationsHandler } from './realization-ledger.handler';
import { RealizationLedger1760000000700 } from './realization-ledger.migration';
import { REALIZATION_LEDGER, realizationLedgerProjection } from './realization-ledger.projection';
import {
  ListBudgetLinesQuery,
  ListRealizationsQuery,
  findBudgetLines,
  findRealizations,
} from './realization-ledger.query';

// BKPSDM of Kota Dumai 2024 and of Kota Bontang 2020 (fixtures/*.json).
const inTenant = (tenantId: string): RequestContext => ({ tenantId, platform: false, source: 'api' });
const dumai = { tenantId: 'kota-dumai', agency: 'bkpsdm', fiscalYear: 2024 };

let db: ProjectionHarness;
let commandNo = 0;

const meta = (tenantId: string) =>
  specMetadata({ tenantId, commandId: `00000000-0000-4000-8000-${String(++commandNo).padStart(12, '0')}` });
const asTenant = <T>(tenantId: string, fn: () => Promise<T>): Promise<T> =>
  requestContext.run(inTenant(tenantId), fn);

/** Tenancy's AgencyCreated, appended as tenancy would: the ledger checks its agency in the log. */
async function createAgency(tenantId: string, agencyId: string): Promise<void> {
  const data = {
    tenantId,
    agencyId,
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    shortName: 'BKPSDM',
  };
  const metadata = { tenantId, schemaVersion: 1, source: 'system' as const };
  const id = `10000000-0000-4000-8000-${String(++commandNo).padStart(12, '0')}`;
  await requestContext.run({ platform: true, source: 'system' }, () =>
    db.store.appendToStream(agencyStream(tenantId, agencyId), [
      { id, type: 'AgencyCreated', data, metadata },
    ]),
  );
}

function report(
  ledger: typeof dumai,
  indicator: string,
  period: 'Q2' | 'FY',
  measurement: Measurement,
  source: string | null = null,
) {
  const command = new ReportRealizationCommand(
    { ...ledger, indicator, period, measurement, source, unit: null },
    meta(ledger.tenantId),
  );
  return asTenant(ledger.tenantId, () => new ReportRealizationHandler(db.store).execute(command));
}

const tables = async () => ({
  realizations: (await db.owner.query('SELECT * FROM realizations ORDER BY tenant_id, indicator, period'))
    .rows,
  budgetLines: (await db.owner.query('SELECT * FROM budget_lines ORDER BY tenant_id, code')).rows,
});

beforeAll(async () => {
  db = await projectionHarness({
    migrations: [RealizationLedger1760000000700],
    projections: [realizationLedgerProjection],
    batchSize: 3,
  });

  await createAgency('kota-dumai', 'bkpsdm');
  await createAgency('kota-bontang', 'bkpsdm');
  await report(dumai, 'S1.1', 'FY', { kind: 'value', value: '254' }, 'KASN');
  await report(dumai, 'P1.1', 'Q2', { kind: 'ratio', numerator: '1452', denominator: '1693' });
  await report(dumai, 'K3.2', 'FY', { kind: 'pending' });
  const correction = {
    ...dumai,
    indicator: 'S1.1',
    period: 'FY' as const,
    measurement: { kind: 'value' as const, value: '279' },
    reason: 'Hasil penilaian KASN',
  };
  await asTenant('kota-dumai', () =>
    new CorrectRealizationHandler(db.store).execute(
      new CorrectRealizationCommand(correction, meta('kota-dumai')),
    ),
  );
  const program = {
    ...dumai,
    code: '5.03.01',
    level: 'program' as const,
    allocation: '6357723118',
    basis: 'DPPA 2024',
  };
  await asTenant('kota-dumai', () =>
    new AllocateBudgetHandler(db.store).execute(new AllocateBudgetCommand(program, meta('kota-dumai'))),
  );
  const spent = {
    ...dumai,
    code: '5.03.01',
    period: 'FY' as const,
    realized: '6095908933',
    physicalProgress: null,
  };
  await asTenant('kota-dumai', () =>
    new ReportBudgetRealizationHandler(db.store).execute(
      new ReportBudgetRealizationCommand(spent, meta('kota-dumai')),
    ),
  );
  // Kota Bontang's S1.1 (Indeks Profesionalitas ASN) 2020: 72,58.
  await report({ tenantId: 'kota-bontang', agency: 'bkpsdm', fiscalYear: 2020 }, 'S1.1', 'FY', {
    kind: 'value',
    value: '72.58',
  });
  await db.runner.catchUp();
});

afterAll(() => db?.close());

describe('the realization ledger', () => {
  it('lists the realizations in force: the correction in place, flagged, ratio raw, pending as pending', async () => {
    const { items, revision } = await asTenant('kota-dumai', () =>
      new ListRealizationsHandler(db.dataSource, db.store).execute(
        new ListRealizationsQuery('kota-dumai', 'bkpsdm', 2024),
      ),
    );
    expect(
      items.map((r) => [r.indicator, r.period, r.kind, r.value, r.numerator, r.denominator, r.corrected]),
    ).toEqual([
      ['K3.2', 'FY', 'pending', null, null, null, false],
      ['P1.1', 'Q2', 'ratio', null, '1452', '1693', false],
      ['S1.1', 'FY', 'value', '279', null, null, true],
    ]);
    expect(items[2]).toMatchObject({ source: 'KASN', correctionReason: 'Hasil penilaian KASN' });
    expect(revision).toBe(5);
  });

  it('lists the budget lines in whole rupiah, as strings', async () => {
    const { items, revision } = await asTenant('kota-dumai', () =>
      new ListBudgetLinesHandler(db.dataSource, db.store).execute(
        new ListBudgetLinesQuery('kota-dumai', 'bkpsdm', 2024),
      ),
    );
    expect(items).toEqual([
      {
        code: '5.03.01',
        level: 'program',
        allocation: '6357723118',
        basis: 'DPPA 2024',
        realized: '6095908933',
        physicalProgress: null,
        period: 'FY',
        checks: [],
      },
    ]);
    expect(revision).toBe(5);
  });

  it('gives the performance queries entries that measurement computes from', async () => {
    const entries = await asTenant('kota-dumai', () =>
      inTenantEntityTransaction(db.dataSource, (m) => findRealizations(m, 'bkpsdm', 2024)),
    );
    const of = (indicator: string) => realizationValue(entries.filter((e) => e.indicator === indicator));
    expect(of('S1.1')?.toString()).toBe('279');
    expect(of('K3.2')).toBeNull();
    const lines = await asTenant('kota-dumai', () =>
      inTenantEntityTransaction(db.dataSource, (m) => findBudgetLines(m, 'bkpsdm', 2024)),
    );
    expect(lines.map((l) => [l.code, l.allocation, l.realized])).toEqual([
      ['5.03.01', 6357723118n, 6095908933n],
    ]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    const incremental = await tables();
    await db.runner.rebuild(REALIZATION_LEDGER);
    expect(await tables()).toEqual(incremental);
  });

  it("shows a tenant none of another tenant's rows", async () => {
    const rows = await asTenant('kota-dumai', () =>
      inTenantEntityTransaction(db.dataSource, (m) => m.query('SELECT DISTINCT tenant_id FROM realizations')),
    );
    expect(rows).toEqual([{ tenant_id: 'kota-dumai' }]);
  });
});

describe('the ledger commands', () => {
  it('refuse an agency the tenant does not have (404)', async () => {
    await expect(
      report({ ...dumai, agency: 'dinkes' }, 'S1.1', 'FY', { kind: 'value', value: '1' }),
    ).rejects.toThrow(UnknownAgency);
  });

  it('refuse a stale revision (409)', async () => {
    const command = new ReportRealizationCommand(
      {
        ...dumai,
        indicator: 'T1.1',
        period: 'FY',
        measurement: { kind: 'value', value: '77.3' },
        source: null,
        unit: null,
      },
      meta('kota-dumai'),
      2,
    );
    await expect(
      asTenant('kota-dumai', () => new ReportRealizationHandler(db.store).execute(command)),
    ).rejects.toThrow(WrongExpectedRevisionError);
  });

  it('answer an idempotent repeat with the same revision, recording nothing', async () => {
    expect(
      await report(dumai, 'P1.1', 'Q2', { kind: 'ratio', numerator: '1452', denominator: '1693' }),
    ).toEqual({
      tenant: 'kota-dumai',
      agency: 'bkpsdm',
      fiscalYear: 2024,
      revision: 5,
      recorded: false,
    });
  });
});
