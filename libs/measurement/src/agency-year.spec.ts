import {
  combinedLines,
  fundingLines,
  measureBudget,
  measureEfficiency,
  measureIndicator,
} from './agency-year';
import { DEFAULT_CONVENTIONS, VersionedConventions } from './conventions';

const v2: VersionedConventions = { version: 2, fromFiscalYear: 2024, conventions: DEFAULT_CONVENTIONS };

// Kota Dumai 2024 (fixtures/kota-dumai-bkpsdm-2024.expected.json).
const programs = [
  { code: '5.03.01', allocation: 6357723118n, realized: 6095908933n },
  { code: '5.03.02', allocation: 1890201398n, realized: 1446700320n },
  { code: '5.04.02', allocation: 178918404n, realized: 141160000n },
];

describe('an agency-year measured from its facts', () => {
  it('measures an indicator by its agreed target and its year realization', () => {
    const s11 = { code: 'S1.1', targets: { '2024': 250 } };
    const agreement = { targets: [{ indicator: 'S1.1', target: '254' }] };
    const measured = measureIndicator(s11, 2024, agreement, [{ period: 'FY', value: '279' }], v2);
    expect(measured?.row).toEqual({
      indicator: 'S1.1',
      target: '254',
      realization: '279',
      achievement: '109.84',
      band: 'Sangat Berhasil',
      conventionsVersion: 2,
    });
  });

  it('totals the programs: 7 683 769 253 ÷ 8 426 842 920 = 91.18 %', () => {
    expect(measureBudget(programs, v2).total).toEqual({
      allocation: 8426842920n,
      realized: 7683769253n,
      absorption: '91.18',
      conventionsVersion: 2,
    });
  });

  it('knows no realized sum, nor absorption, while a line has none reported', () => {
    const early = [programs[0], { ...programs[1], realized: null }];
    expect(combinedLines(early, v2)).toMatchObject({
      allocation: 8247924516n,
      realized: null,
      rounded: null,
    });
    expect(measureBudget(early, v2).programs[1]).toMatchObject({ realized: null, absorption: null });
  });

  it('funds a target by the programs it names, or by every program when it names none', () => {
    expect(fundingLines(programs, ['5.03.02', '5.04.02']).map((l) => l.code)).toEqual(['5.03.02', '5.04.02']);
    expect(fundingLines(programs, null)).toHaveLength(3);
  });

  it('has no efficiency while a funding program has no realization reported', () => {
    const s11 = measureIndicator(
      { code: 'S1.1', targets: { '2024': 254 } },
      2024,
      null,
      [{ period: 'FY', value: 279 }],
      v2,
    )!;
    const target = { indicator: 'S1.1', target: 254, fundedBy: ['5.03.02'] };
    expect(measureEfficiency([target], [s11], programs, v2)).toHaveLength(1);
    expect(measureEfficiency([target], [s11], [{ ...programs[1], realized: null }], v2)).toEqual([]);
  });
});
