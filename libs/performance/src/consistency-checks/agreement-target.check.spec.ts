import { facts, indicator, target, version } from '../testing/agency-year.spec-data';
import { agreementTargetFindings } from './agreement-target.check';

// Kota Bontang 2020, S1.1 Indeks Profesionalitas ASN: Renstra target 72 for 2020, 75 for 2021; one
// rendering of Lampiran 4 prints 75 (fixtures/kota-bontang-bkpsdm-2020.notes.md §2.1).
const ip = indicator('S1.1', { '2020': '72', '2021': '75' });
const year = 2020;

describe('the agreement target check', () => {
  it('finds nothing when the PK restates the Renstra target of the year', () => {
    const agreement = [version(0, [target('S1.1', '72.0')])];
    expect(agreementTargetFindings(facts({ year, indicators: [ip], agreement }))).toEqual([]);
  });

  it('finds a PK target that differs from the Renstra target with no amendment setting it', () => {
    const agreement = [version(0, [target('S1.1', '75')]), version(1, [target('S1.1', '75')])];
    expect(agreementTargetFindings(facts({ year, indicators: [ip], agreement }))).toEqual([
      expect.objectContaining({
        code: 'AGREEMENT.TARGET_DIFFERS_FROM_RENSTRA',
        severity: 'warning',
        refs: { indicator: 'S1.1', year: 2020, agreementTarget: '75', renstraTarget: '72' },
      }),
    ]);
  });

  it('accepts a difference an amendment set: the change is documented', () => {
    const amended = target('S1.1', '75');
    const agreement = [version(0, [target('S1.1', '72')]), version(1, [amended], [], [amended])];
    expect(agreementTargetFindings(facts({ year, indicators: [ip], agreement }))).toEqual([]);
  });

  it('has nothing to compare without a Renstra target for the year', () => {
    const agreement = [version(0, [target('S1.1', '75')])];
    expect(agreementTargetFindings(facts({ year: 2019, indicators: [ip], agreement }))).toEqual([]);
  });
});
