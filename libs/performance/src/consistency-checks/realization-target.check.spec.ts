import { facts, indicator, pending, reported, target, version } from '../testing/agency-year.spec-data';
import { realizationTargetFindings } from './realization-target.check';

// Kota Bontang 2020: program indicators carry 2020 targets; Kota Dumai 2024: S1.1 is agreed.
describe('the realization-without-target check', () => {
  it('finds nothing when the PK or the Renstra gives the year a target', () => {
    const agreed = facts({
      indicators: [indicator('S1.1', {}), indicator('T1.1', { '2024': '70' })],
      agreement: [version(0, [target('S1.1', '254')])],
      realizations: [reported('S1.1', '279'), reported('T1.1', '77.3')],
    });
    expect(realizationTargetFindings(agreed)).toEqual([]);
  });

  it('finds a realization of an indicator without a target for the year', () => {
    const noTarget = facts({
      indicators: [indicator('P2.1', { '2025': '99.55' })],
      realizations: [reported('P2.1', '98.76')],
    });
    expect(realizationTargetFindings(noTarget)).toEqual([
      expect.objectContaining({
        code: 'REALIZATION.WITHOUT_TARGET',
        refs: { indicator: 'P2.1', year: 2024, periods: ['FY'], inRenstra: 'yes' },
      }),
    ]);
  });

  it('finds a realization of a code the Renstra does not know', () => {
    const [finding] = realizationTargetFindings(facts({ realizations: [reported('OLD.1', '85.8', 'Q4')] }));
    expect(finding.refs).toMatchObject({ indicator: 'OLD.1', periods: ['Q4'], inRenstra: 'no' });
  });

  it('ignores a pending realization: nothing is reported yet', () => {
    expect(realizationTargetFindings(facts({ realizations: [pending('K3.2')] }))).toEqual([]);
  });
});
