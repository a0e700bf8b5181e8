import { deciderSpec, specMetadata } from '@jejak/testing';
import { AllocateBudgetCommand } from '../allocate-budget/allocate-budget.command';
import { ReportBudgetRealizationCommand } from '../report-budget-realization/report-budget-realization.command';
import { budgetLineChecks } from './budget.checks';
import { realizationDecider } from './realization.decider';
import {
  BudgetAlreadyAllocated,
  BudgetAlreadyReported,
  BudgetLevelMismatch,
  BudgetNotAllocated,
  InvalidQuantity,
} from './realization.errors';
import { BudgetAllocated, BudgetLevel, BudgetRealized, Period } from './realization.events';

// Sub kegiatan 5.03.02.2.02.0001 Pengelolaan Mutasi ASN, BKPSDM Kota Dumai 2024
// (fixtures/kota-dumai-bkpsdm-2024.notes.md §6): 99.916.924 in the DPA, 199.906.524 in the DPPA,
// 177.548.624 realized.
const ledger = { tenantId: 'kota-dumai', agency: 'bkpsdm', fiscalYear: 2024 };
const mutasi = '5.03.02.2.02.0001';
const spec = deciderSpec(realizationDecider);

function allocate(allocation: string, basis: string | null, level: BudgetLevel = 'subActivity') {
  return new AllocateBudgetCommand({ ...ledger, code: mutasi, level, allocation, basis }, specMetadata());
}
const allocated = (allocation: string, basis: string | null): BudgetAllocated => ({
  type: 'BudgetAllocated',
  data: { code: mutasi, level: 'subActivity', allocation, basis },
});
function realize(realized: string, period: Period = 'FY', physicalProgress: string | null = null) {
  return new ReportBudgetRealizationCommand(
    { ...ledger, code: mutasi, period, realized, physicalProgress },
    specMetadata(),
  );
}
const realizedEvent = (
  realized: string,
  period: Period = 'FY',
  physicalProgress: string | null = null,
): BudgetRealized => ({
  type: 'BudgetRealized',
  data: { code: mutasi, period, realized, physicalProgress },
});

const dpa = allocated('99916924', 'DPA 2024');
const dppa = allocated('199906524', 'DPPA 2024');

describe('a budget line not yet allocated', () => {
  it('is allocated its ceiling, in whole rupiah', () => {
    spec.given([]).when(allocate('99916924', 'DPA 2024')).then([dpa]);
  });

  it('may be allocated without a basis (a document that does not say)', () => {
    spec
      .given([])
      .when(allocate('199906524', null))
      .then([allocated('199906524', null)]);
  });

  it('refuses an amount that is not whole rupiah, 0 or more', () => {
    spec.given([]).when(allocate('-1', null)).thenThrows(InvalidQuantity, 'REALIZATION.INVALID_QUANTITY');
    spec.given([]).when(allocate('99916924.5', null)).thenThrows(InvalidQuantity);
  });

  it('cannot be realized before it is allocated', () => {
    spec
      .given([])
      .when(realize('177548624'))
      .thenThrows(BudgetNotAllocated, 'REALIZATION.BUDGET_NOT_ALLOCATED');
  });
});

describe('an allocated budget line', () => {
  it('has its ceiling replaced by the DPPA; both stay in the log', () => {
    spec.given([dpa]).when(allocate('199906524', 'DPPA 2024')).then([dppa]);
  });

  it('records nothing when a ceiling already recorded is allocated again', () => {
    spec.given([dpa]).when(allocate('99916924', 'DPA 2024')).thenNothing();
    spec.given([dpa, dppa]).when(allocate('99916924', 'DPA 2024')).thenNothing();
  });

  it('refuses a different ceiling on a basis already used', () => {
    spec
      .given([dpa, dppa])
      .when(allocate('200000000', 'DPPA 2024'))
      .thenThrows(BudgetAlreadyAllocated, 'REALIZATION.BUDGET_ALLOCATED');
  });

  it('refuses a different ceiling without a basis', () => {
    spec.given([dpa]).when(allocate('199906524', null)).thenThrows(BudgetAlreadyAllocated);
  });

  it('refuses the code at another level', () => {
    spec
      .given([dpa])
      .when(allocate('199906524', 'DPPA 2024', 'activity'))
      .thenThrows(BudgetLevelMismatch);
  });

  it('is realized cumulatively up to a period, with its physical progress', () => {
    spec
      .given([dpa, dppa])
      .when(realize('177548624', 'FY', '100.0'))
      .then([realizedEvent('177548624', 'FY', '100')]);
  });

  it('refuses a physical progress above 100 %', () => {
    spec
      .given([dpa])
      .when(realize('177548624', 'FY', '100.5'))
      .thenThrows(InvalidQuantity);
  });

  it('records spending above the ceiling, and the checks flag it', () => {
    // The DPA ceiling still in force while the finance system already spends against the DPPA's.
    spec
      .given([dpa])
      .when(realize('177548624'))
      .then([realizedEvent('177548624')]);
    expect(budgetLineChecks({ allocation: 99916924n, realized: 177548624n })).toEqual([
      'REALIZED_ABOVE_ALLOCATION',
    ]);
    expect(budgetLineChecks({ allocation: 199906524n, realized: 177548624n })).toEqual([]);
  });
});

describe('a realized budget line', () => {
  const fy = realizedEvent('177548624');

  it('records nothing when the same figure arrives again', () => {
    spec.given([dppa, fy]).when(realize('177548624')).thenNothing();
  });

  it('refuses a different figure for the same period', () => {
    spec
      .given([dppa, fy])
      .when(realize('177548625'))
      .thenThrows(BudgetAlreadyReported, 'REALIZATION.BUDGET_ALREADY_REPORTED');
  });

  it('takes another period', () => {
    // Half of the year's figure by mid-year: any earlier cumulative figure is its own fact.
    spec
      .given([dppa, fy])
      .when(realize('88774312', 'Q2'))
      .then([realizedEvent('88774312', 'Q2')]);
  });
});
