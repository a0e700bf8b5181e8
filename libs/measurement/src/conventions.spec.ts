import { conventionsFor, DEFAULT_CONVENTIONS, mergeConventions, VersionedConventions } from './conventions';

describe('conventions', () => {
  it('are the README defaults when nothing is stated', () => {
    expect(mergeConventions(undefined)).toEqual(DEFAULT_CONVENTIONS);
    expect(DEFAULT_CONVENTIONS).toMatchObject({
      lowerIsBetter: 'two-target-minus-realization',
      rounding: { mode: 'half-up', decimals: 2 },
      efficiency: { method: 'ratio' },
    });
  });

  it('keep the defaults for every part a partial statement leaves out', () => {
    const merged = mergeConventions({ rounding: { mode: 'truncate' }, efficiency: { method: 'difference' } });
    expect(merged.rounding).toEqual({ mode: 'truncate', decimals: 2 });
    expect(merged.efficiency.bands).toEqual(DEFAULT_CONVENTIONS.efficiency.bands);
    expect(merged.achievementBands).toEqual(DEFAULT_CONVENTIONS.achievementBands);
    expect(merged.lowerIsBetter).toBe('two-target-minus-realization');
  });

  describe('versions', () => {
    const v = (version: number, fromFiscalYear: number): VersionedConventions => ({
      version,
      fromFiscalYear,
      conventions: DEFAULT_CONVENTIONS,
    });
    const versions = [v(1, 2020), v(2, 2024)];

    it('apply the version with the latest fiscal year ≤ the year computed', () => {
      expect(conventionsFor(2023, versions).version).toBe(1);
      expect(conventionsFor(2024, versions).version).toBe(2);
      expect(conventionsFor(2030, versions).version).toBe(2);
    });

    it('fall back to the platform defaults, version 0, before the first version', () => {
      expect(conventionsFor(2019, versions)).toMatchObject({ version: 0, conventions: DEFAULT_CONVENTIONS });
    });

    it('never let an earlier year imported later change a later year', () => {
      expect(conventionsFor(2024, [...versions, v(3, 2018)]).version).toBe(2);
    });

    it('let a later version for the same fiscal year replace the earlier one', () => {
      expect(conventionsFor(2024, [...versions, v(4, 2024)]).version).toBe(4);
    });
  });
});
