import {
  conventionsV3,
  facts,
  indicator,
  pending,
  ratio,
  reported,
  target,
  version,
  withConventions,
} from '../testing/agency-year.spec-data';
import { performanceView } from './indicator-performance';

// S1.1 Indeks Sistem Merit: Renstra 2024 254, PK 254, realization 279 (KASN) → 109.84, Sangat Berhasil.
const s11 = indicator(
  'S1.1',
  { '2024': '254', '2025': '255' },
  { name: 'Indeks Sistem Merit', unit: 'indeks' },
);
// T1.1 Indeks Profesionalitas ASN: in no PK, Renstra 2024 70, realization 77.3 → 110.43.
const t11 = indicator('T1.1', { '2024': '70' });

const rowsOf = (...args: Parameters<typeof facts>) => performanceView(facts(...args), conventionsV3).rows;

describe('the performance of an agency-year', () => {
  it('measures an agreed indicator against the target of the PK in force, after its last amendment', () => {
    const agreement = [version(0, [target('S1.1', '250')]), version(1, [target('S1.1', '254')])];
    const [row] = rowsOf({ indicators: [s11], agreement, realizations: [reported('S1.1', '279')] });
    expect(row).toEqual({
      indicator: 'S1.1',
      name: 'Indeks Sistem Merit',
      unit: 'indeks',
      polarity: 'higher',
      target: '254',
      targetSource: 'agreement',
      realization: '279',
      achievement: '109.84',
      band: 'Sangat Berhasil',
      conventionsVersion: 3,
    });
  });

  it('measures an indicator outside the PK against the Renstra target of the year', () => {
    const [row] = rowsOf({ indicators: [t11], realizations: [reported('T1.1', '77.3')] });
    expect(row).toMatchObject({ target: '70', targetSource: 'renstra', achievement: '110.43' });
  });

  it('lists only indicators with both a target and a realization', () => {
    const noTarget = indicator('P9.1', { '2025': '10' });
    const rows = rowsOf({
      indicators: [s11, t11, noTarget],
      realizations: [reported('S1.1', '279'), reported('P9.1', '12')],
    });
    expect(rows.map((r) => r.indicator)).toEqual(['S1.1']);
  });

  it('takes the FY realization, else Q4, and a ratio as numerator ÷ denominator × 100', () => {
    // 1452 ÷ 1693 × 100 = 85.7649… against 100 (interchange README's P1.1 counts)
    const p11 = indicator('P1.1', { '2024': '100' });
    const rows = rowsOf({
      indicators: [s11, p11],
      realizations: [
        reported('S1.1', '200', 'Q4'),
        reported('S1.1', '279'),
        ratio('P1.1', '1452', '1693', 'Q4'),
      ],
    });
    expect(rows.map((r) => [r.indicator, r.realization.slice(0, 7), r.achievement])).toEqual([
      ['S1.1', '279', '109.84'],
      ['P1.1', '85.7649', '85.76'],
    ]);
  });

  it('shows no row for a pending realization: not yet available is not zero', () => {
    expect(
      rowsOf({ indicators: [s11], realizations: [reported('S1.1', '200', 'Q4'), pending('S1.1')] }),
    ).toEqual([]);
  });

  it('keeps the row of a zero target, with achievement and band null', () => {
    const zero = indicator('K3.2', { '2024': '0' });
    const [row] = rowsOf({ indicators: [zero], realizations: [reported('K3.2', '4')] });
    expect(row).toMatchObject({ target: '0', achievement: null, band: null });
  });

  it('measures a lower-is-better indicator by the tenant formula', () => {
    // 10 disciplinary cases targeted, 8 occurred: (2 × 10 − 8) ÷ 10 = 120 %; 10 ÷ 8 = 125 %
    const cases = indicator('K4.2', { '2024': '10' }, { polarity: 'lower' });
    const input = facts({ indicators: [cases], realizations: [reported('K4.2', '8')] });
    expect(performanceView(input, conventionsV3).rows[0].achievement).toBe('120.00');
    const over = withConventions({ lowerIsBetter: 'target-over-realization' });
    expect(performanceView(input, over).rows[0].achievement).toBe('125.00');
  });

  it('rounds and bands by the conventions in force, and says which version', () => {
    // Kota Bontang 2020: 72.58 ÷ 72 = 100.8055… → truncated 100.80, "Melebihi Target" from 100.01
    const ip = indicator('S1.1', { '2020': '72' });
    const bontang = withConventions({
      rounding: { mode: 'truncate', decimals: 2 },
      achievementBands: [
        { from: 100.01, label: 'Melebihi Target' },
        { from: 100, label: 'Tercapai/ Sesuai Target' },
        { from: null, label: 'Tidak Tercapai' },
      ],
    });
    const view = performanceView(
      facts({ year: 2020, indicators: [ip], realizations: [reported('S1.1', '72.58')] }),
      bontang,
    );
    expect(view.conventionsVersion).toBe(3);
    expect(view.rows[0]).toMatchObject({
      achievement: '100.80',
      band: 'Melebihi Target',
      conventionsVersion: 3,
    });
  });
});
