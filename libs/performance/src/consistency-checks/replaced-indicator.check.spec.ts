import { facts, indicator, pending, reported } from '../testing/agency-year.spec-data';
import { replacedIndicatorFindings } from './replaced-indicator.check';

// Kota Dumai: from 2024 S1.1 Indeks Sistem Merit replaces the four IKUs OLD.1–OLD.4 (Tabel 3.3,
// fixtures/kota-dumai-bkpsdm-2024.notes.md §16).
const merit = indicator(
  'S1.1',
  { '2024': '254' },
  { validFrom: 2024, replaces: ['OLD.1', 'OLD.2', 'OLD.3', 'OLD.4'] },
);

describe('the replaced-indicator check', () => {
  it('finds an indicator a successor in force replaces, still reported in the year', () => {
    const year = facts({
      indicators: [merit],
      realizations: [reported('S1.1', '279'), reported('OLD.1', '85.8')],
    });
    expect(replacedIndicatorFindings(year)).toEqual([
      expect.objectContaining({
        code: 'INDICATOR.REPLACED_BUT_REPORTED',
        refs: { indicator: 'OLD.1', replacedBy: ['S1.1'], year: 2024, periods: ['FY'] },
      }),
    ]);
  });

  it('knows a replacement from the old indicator too (its replacedBy)', () => {
    const old = indicator('OLD.2', { '2023': '84' }, { validTo: 2023, replacedBy: ['S1.1'] });
    const successor = { ...merit, replaces: [] };
    const year = facts({ indicators: [successor, old], realizations: [reported('OLD.2', '80')] });
    expect(replacedIndicatorFindings(year).map((f) => f.refs.indicator)).toEqual(['OLD.2']);
  });

  it('finds nothing in a year before the successor is in force, nor for a pending entry', () => {
    const before = facts({ year: 2023, indicators: [merit], realizations: [reported('OLD.1', '85.8')] });
    expect(replacedIndicatorFindings(before)).toEqual([]);
    expect(
      replacedIndicatorFindings(facts({ indicators: [merit], realizations: [pending('OLD.1')] })),
    ).toEqual([]);
  });
});
