import { facts, line, target, version } from '../testing/agency-year.spec-data';
import { agreementBudgetFindings } from './agreement-budget.check';

// Kota Dumai 2024: the PK budgets 7.566.607.400 as signed and 8.426.842.920 after the DPPA, the
// program ceilings of the DPPA (fixtures/kota-dumai-bkpsdm-2024.notes.md, "Agreement").
const s11 = [target('S1.1', '254', ['5.03.02', '5.04.02'])];
const dpa: [string, string][] = [
  ['5.03.01', '6072466298'],
  ['5.03.02', '1315222698'],
  ['5.04.02', '178918404'],
];
const dppa: [string, string][] = [
  ['5.03.01', '6357723118'],
  ['5.03.02', '1890201398'],
  ['5.04.02', '178918404'],
];
const ceilings = dppa.map(([code, amount]) => line(code, 'program', BigInt(amount), null));

describe('the agreement budget check', () => {
  it('finds nothing when the PK in force budgets the program ceilings', () => {
    const agreement = [version(0, s11, dpa), version(1, s11, dppa)];
    expect(agreementBudgetFindings(facts({ agreement, budgetLines: ceilings }))).toEqual([]);
  });

  it('finds a PK in force whose budget is not the ceiling, naming the programs that differ', () => {
    const agreement = [version(0, s11, dpa)];
    expect(agreementBudgetFindings(facts({ agreement, budgetLines: ceilings }))).toEqual([
      expect.objectContaining({
        code: 'AGREEMENT.BUDGET_NOT_CEILING',
        refs: {
          version: 0,
          agreementTotal: '7566607400',
          ceiling: '8426842920',
          difference: '-860235520',
          programs: ['5.03.01', '5.03.02'],
        },
      }),
    ]);
  });

  it('says nothing without a signed PK or without program ceilings', () => {
    expect(agreementBudgetFindings(facts({ budgetLines: ceilings }))).toEqual([]);
    expect(agreementBudgetFindings(facts({ agreement: [version(0, s11, dpa)] }))).toEqual([]);
  });
});
