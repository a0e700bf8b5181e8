import { facts, item, line } from '../testing/agency-year.spec-data';
import { budgetRollupFindings } from './budget-rollup.check';

// Kota Bontang 2020, Program Sarana dan Prasarana Aparatur (PRG.02): its kegiatan realized
// 733.703.600 together; the T32 header prints 733.703.000 (fixtures/kota-bontang-bkpsdm-2020.notes.md §2.2).
const kegiatan = [
  line('PRG.02.01', 'activity', 400000000n, 390000000n),
  line('PRG.02.02', 'activity', 353018200n, 343703600n),
];
const program = (realized: bigint) => line('PRG.02', 'program', 753018200n, realized);
const plan = [
  item('PRG.02', 'program', null),
  item('PRG.02.01', 'activity', 'PRG.02'),
  item('PRG.02.02', 'activity', 'PRG.02'),
];

describe('the budget roll-up check', () => {
  it('finds nothing where kegiatan add up to their program', () => {
    expect(
      budgetRollupFindings(facts({ budgetLines: [program(733703600n), ...kegiatan], budgetItems: plan })),
    ).toEqual([]);
  });

  it('finds a program whose realized figure is not the sum of its kegiatan', () => {
    const findings = budgetRollupFindings(
      facts({ budgetLines: [program(733703000n), ...kegiatan], budgetItems: plan }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'BUDGET.REALIZED_PARTS_MISMATCH',
        severity: 'error',
        refs: {
          code: 'PRG.02',
          level: 'program',
          parts: ['PRG.02.01', 'PRG.02.02'],
          amount: '733703000',
          sumOfParts: '733703600',
          difference: '-600',
        },
      }),
    ]);
  });

  it('finds a kegiatan whose allocation is not the sum of its sub kegiatan', () => {
    // Kota Dumai 2024, Mutasi dan Promosi ASN: 179.905.773 in Lampiran 2, its sub kegiatan at DPPA
    // ceilings 199.906.524 + 79.988.849 = 279.895.373 (fixtures/kota-dumai-bkpsdm-2024.notes.md §6)
    const budgetLines = [
      line('5.03.02.2.02', 'activity', 179905773n, null),
      line('5.03.02.2.02.0001', 'subActivity', 199906524n, null),
      line('5.03.02.2.02.0002', 'subActivity', 79988849n, null),
    ];
    const [finding] = budgetRollupFindings(facts({ budgetLines }));
    expect(finding).toMatchObject({
      code: 'BUDGET.ALLOCATION_PARTS_MISMATCH',
      refs: { code: '5.03.02.2.02', sumOfParts: '279895373', difference: '-99989600' },
    });
  });

  it('compares no realized sums while a part has none reported (unknown is not zero)', () => {
    const unreported = [kegiatan[0], line('PRG.02.02', 'activity', 353018200n, null)];
    expect(
      budgetRollupFindings(facts({ budgetLines: [program(1n), ...unreported], budgetItems: plan })),
    ).toEqual([]);
  });

  it('leaves a line without budgeted parts alone', () => {
    expect(budgetRollupFindings(facts({ budgetLines: [program(1n)] }))).toEqual([]);
  });
});
