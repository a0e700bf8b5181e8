import { facts, line } from '../testing/agency-year.spec-data';
import { realizedAboveAllocationFindings } from './realized-above-allocation.check';

// Kota Dumai 2024, Pengelolaan Mutasi ASN: 99.916.924 in the DPA (Lampiran 2), 177.548.624 realized
// against the DPPA's 199.906.524 (fixtures/kota-dumai-bkpsdm-2024.notes.md §6).
describe('the realized-above-allocation check', () => {
  it('finds spending above the ceiling in force', () => {
    const dpa = line('5.03.02.2.02.0001', 'subActivity', 99916924n, 177548624n);
    expect(realizedAboveAllocationFindings(facts({ budgetLines: [dpa] }))).toEqual([
      expect.objectContaining({
        code: 'BUDGET.REALIZED_ABOVE_ALLOCATION',
        severity: 'error',
        refs: {
          code: '5.03.02.2.02.0001',
          level: 'subActivity',
          allocation: '99916924',
          realized: '177548624',
          excess: '77631700',
        },
      }),
    ]);
  });

  it('finds nothing within the ceiling, nor before any realization', () => {
    const dppa = line('5.03.02.2.02.0001', 'subActivity', 199906524n, 177548624n);
    const unreported = line('5.03.02.2.02.0002', 'subActivity', 79988849n, null);
    expect(realizedAboveAllocationFindings(facts({ budgetLines: [dppa, unreported] }))).toEqual([]);
  });
});
