import {
  conventionsV3,
  facts,
  indicator,
  line,
  reported,
  target,
  version,
  withConventions,
} from '../testing/agency-year.spec-data';
import { efficiencyView } from './efficiency-rows';

// Kota Dumai 2024: S1.1 254 → 279 (109.8425…) funded by 5.03.02 + 5.04.02 (76.7408…): 1.43 Efisien.
const s11 = indicator('S1.1', { '2024': '254' });
const programs = [
  line('5.03.01', 'program', 6357723118n, 6095908933n),
  line('5.03.02', 'program', 1890201398n, 1446700320n),
  line('5.04.02', 'program', 178918404n, 141160000n),
];
const merit = (fundedBy: string[] | null, value = '254') =>
  facts({
    indicators: [s11],
    agreement: [version(0, [target('S1.1', value, fundedBy)])],
    realizations: [reported('S1.1', '279')],
    budgetLines: programs,
  });

describe('the efficiency of an agency-year', () => {
  it('sets the achievement against the absorption of the funding programs together', () => {
    const view = efficiencyView(merit(['5.03.02', '5.04.02']), conventionsV3);
    expect(view.rows).toEqual([
      {
        indicator: 'S1.1',
        fundedBy: ['5.03.02', '5.04.02'],
        achievement: '109.84',
        absorption: '76.74',
        value: '1.43',
        band: 'Efisien',
        conventionsVersion: 3,
      },
    ]);
    expect(view).toMatchObject({ method: 'ratio', conventionsVersion: 3 });
  });

  it('takes every program when the target names none', () => {
    // 7 683 769 253 ÷ 8 426 842 920 = 91.18 %; 109.8425… ÷ 91.1821… = 1.2046… → 1.20
    const [row] = efficiencyView(merit(null), conventionsV3).rows;
    expect(row).toMatchObject({ fundedBy: null, absorption: '91.18', value: '1.20' });
  });

  it('subtracts by the difference method, from the unrounded values', () => {
    // 109.8425… − 76.7408… = 33.1016… → 33.10, Efisien from 0
    const difference = withConventions({
      efficiency: {
        method: 'difference',
        bands: [
          { from: 0, label: 'Efisien' },
          { from: null, label: 'Tidak Efisien' },
        ],
      },
    });
    expect(efficiencyView(merit(['5.03.02', '5.04.02']), difference).rows[0]).toMatchObject({
      value: '33.10',
      band: 'Efisien',
    });
  });

  it('has no row where no achievement can be computed (a zero target)', () => {
    expect(efficiencyView(merit(['5.03.02'], '0'), conventionsV3).rows).toEqual([]);
  });

  it('has no row for an indicator outside the PK', () => {
    const outside = facts({
      indicators: [s11],
      realizations: [reported('S1.1', '279')],
      budgetLines: programs,
    });
    expect(efficiencyView(outside, conventionsV3).rows).toEqual([]);
  });
});
