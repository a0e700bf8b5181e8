import { LedgerState, realizationDecider } from '@jejak/realization';
import { foldAsOf } from '../domain/as-of';
import { streamOf } from '../testing/recorded-events';
import { ledgerAsOf, ledgerFacts } from './ledger-as-of';

// Dumai 2024 (fixture): S1.1 realized 279 (KASN); program 5.03.01 allocated 6357723118, realized 6095908933.
const events = streamOf('realization-bkpsdm-2024', [
  {
    type: 'RealizationReported',
    data: {
      indicator: 'S1.1',
      period: 'FY',
      measurement: { kind: 'value', value: '279' },
      source: 'KASN',
      unit: null,
    },
  },
  {
    type: 'RealizationReported',
    data: { indicator: 'T1.1', period: 'Q2', measurement: { kind: 'pending' }, source: null, unit: null },
  },
  {
    type: 'BudgetAllocated',
    data: { code: '5.03.01', level: 'program', allocation: '6357723118', basis: 'DPPA 2024' },
  },
  {
    type: 'BudgetRealized',
    data: { code: '5.03.01', period: 'FY', realized: '6095908933', physicalProgress: null },
  },
  {
    type: 'BudgetRealized',
    data: { code: '5.03.01', period: 'Q3', realized: '4000000000', physicalProgress: '70' },
  },
  {
    type: 'RealizationCorrected',
    data: {
      indicator: 'S1.1',
      period: 'FY',
      measurement: { kind: 'value', value: '280' },
      source: 'KASN',
      reason: 'Verifikasi ulang',
    },
  },
]);
const fold = (n: number) =>
  ledgerAsOf('s', foldAsOf<LedgerState>(realizationDecider, events.slice(0, n), 'recorded'));

describe('the ledger as it stood', () => {
  it('shows the value in force and whether a correction put it there', () => {
    expect(fold(5)?.realizations.find((r) => r.indicator === 'S1.1')).toMatchObject({
      value: '279',
      corrected: false,
    });
    expect(fold(6)?.realizations.find((r) => r.indicator === 'S1.1')).toMatchObject({
      value: '280',
      corrected: true,
    });
  });

  it('keeps pending as pending: no value, not zero', () => {
    expect(fold(2)?.realizations.find((r) => r.indicator === 'T1.1')).toMatchObject({
      kind: 'pending',
      value: null,
    });
    expect(ledgerFacts(fold(2)).realizations.find((r) => r.indicator === 'T1.1')?.status).toBe('pending');
  });

  it('shows a budget line’s latest period, whatever order the periods came in', () => {
    expect(fold(5)?.budget).toEqual([
      expect.objectContaining({
        code: '5.03.01',
        allocation: '6357723118',
        realized: '6095908933',
        period: 'FY',
      }),
    ]);
    expect(ledgerFacts(fold(5)).budgetLines).toEqual([
      { code: '5.03.01', level: 'program', allocation: 6357723118n, realized: 6095908933n },
    ]);
  });

  it('is absent before anything was recorded', () => {
    expect(fold(0)).toBeNull();
  });
});
