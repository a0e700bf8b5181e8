import { facts, item, line } from '../testing/agency-year.spec-data';
import { unplacedLineFindings } from './budget-placement.check';

// Kota Dumai 2024, Pengembangan Kompetensi Teknis (5.04.02.2.01) of Program Pengembangan SDM (5.04.02).
const activity = line('5.04.02.2.01', 'activity', 48130660n, 21670000n);

describe('the budget placement check', () => {
  it('finds nothing when a kegiatan line has its program line', () => {
    const program = line('5.04.02', 'program', 178918404n, 141160000n);
    expect(unplacedLineFindings(facts({ budgetLines: [program, activity] }))).toEqual([]);
  });

  it('finds a kegiatan line whose program has no budget line: no total includes it', () => {
    const plan = [item('5.04.02', 'program', null), item('5.04.02.2.01', 'activity', '5.04.02')];
    expect(unplacedLineFindings(facts({ budgetLines: [activity], budgetItems: plan }))).toEqual([
      expect.objectContaining({
        code: 'BUDGET.LINE_WITHOUT_PARENT',
        refs: { code: '5.04.02.2.01', level: 'activity', parent: '5.04.02', allocation: '48130660' },
      }),
    ]);
  });
});
