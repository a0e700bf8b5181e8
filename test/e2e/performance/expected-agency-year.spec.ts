import { agencyYearDifferences, ComputedAgencyYear, ExpectedAgencyYear } from './expected-agency-year';

// S1.1 of Kota Dumai 2024 (fixtures/kota-dumai-bkpsdm-2024.expected.json).
const expected: ExpectedAgencyYear = {
  performance: [
    { indicator: 'S1.1', target: 254, realization: 279, achievement: 109.84, band: 'Sangat Berhasil' },
  ],
  budget: {
    programs: [{ code: '5.03.01', allocation: 6357723118, realized: 6095908933, absorption: 95.88 }],
    total: { allocation: 6357723118, realized: 6095908933, absorption: 95.88 },
  },
  efficiency: [{ indicator: 'S1.1', achievement: 109.84, absorption: 76.74, value: 1.43, band: 'Efisien' }],
  agreement: { versions: 2, budgetBefore: 7566607400, budgetAfter: 8426842920 },
};
const actual: ComputedAgencyYear = {
  performance: [
    { indicator: 'S1.1', target: '254', realization: '279', achievement: '109.84', band: 'Sangat Berhasil' },
  ],
  budget: {
    programs: [{ code: '5.03.01', allocation: '6357723118', realized: '6095908933', absorption: '95.88' }],
    total: { allocation: '6357723118', realized: '6095908933', absorption: '95.88' },
  },
  efficiency: [
    { indicator: 'S1.1', achievement: '109.84', absorption: '76.74', value: '1.43', band: 'Efisien' },
  ],
  agreement: { versions: 2, budgetBefore: '7566607400', budgetAfter: '8426842920' },
};

describe('the comparison with an expected file', () => {
  it('finds nothing when every row matches, text against numbers', () => {
    expect(agencyYearDifferences(actual, expected)).toEqual([]);
  });

  it('tolerates achievements within 0.005 but not amounts off by one rupiah', () => {
    const near = { ...actual.performance[0], achievement: '109.844' };
    const budget = { ...actual.budget, total: { ...actual.budget.total, realized: '6095908934' } };
    expect(agencyYearDifferences({ ...actual, performance: [near], budget }, expected)).toEqual([
      'budget total realized: 6095908934 ≠ 6095908933',
    ]);
  });

  it('names a missing row, an extra row and a wrong band', () => {
    const rows = [{ ...actual.performance[0], indicator: 'T1.1' }];
    const efficiency = [{ ...actual.efficiency[0], band: 'Kurang Efisien' }];
    expect(agencyYearDifferences({ ...actual, performance: rows, efficiency }, expected)).toEqual([
      'performance: missing S1.1',
      'performance: extra T1.1',
      'efficiency S1.1 band: Kurang Efisien ≠ Efisien',
    ]);
  });
});
