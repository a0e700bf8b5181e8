import { achievement } from './achievement';
import { band } from './band';
import { DEFAULT_CONVENTIONS, mergeConventions } from './conventions';

const attribute = DEFAULT_CONVENTIONS.achievementBands; // ≥85, ≥70, ≥55, else
// Kota Bontang 2020: "> 100" made half-open as from 100.01 at 2 decimals
const ordinal = [
  { from: 100.01, label: 'Melebihi Target' },
  { from: 100, label: 'Tercapai/ Sesuai Target' },
  { from: null, label: 'Tidak Tercapai' },
];

describe('band', () => {
  it('takes the band whose from equals the achievement exactly (from is inclusive)', () => {
    // 17 ÷ 20 × 100 = 85.00
    expect(band(achievement(20, 17, 'higher').rounded, attribute)).toBe('Sangat Berhasil');
    expect(band('84.99', attribute)).toBe('Berhasil');
    expect(band('70', attribute)).toBe('Berhasil');
    expect(band('55.00', attribute)).toBe('Cukup Berhasil');
  });

  it('keeps the top band above 100 %', () => {
    // 622 ÷ 200 × 100 = 311 (Kota Dumai 2024, SK2.4.3.1)
    expect(band(achievement(200, 622, 'higher').rounded, attribute)).toBe('Sangat Berhasil');
  });

  it('falls to the band with no bound below every from, negative values included', () => {
    expect(band('54.99', attribute)).toBe('Tidak Berhasil');
    expect(band('-50.00', attribute)).toBe('Tidak Berhasil');
  });

  it('bands the rounded achievement, so rounding can decide the band', () => {
    // 169.99 ÷ 200 × 100 = 84.995 → half-up 85.00 (Sangat Berhasil), truncate 84.99 (Berhasil)
    const truncate = mergeConventions({ rounding: { mode: 'truncate' } });
    expect(band(achievement(200, 169.99, 'higher').rounded, attribute)).toBe('Sangat Berhasil');
    expect(band(achievement(200, 169.99, 'higher', truncate).rounded, attribute)).toBe('Berhasil');
  });

  it('tells exceeded, met and missed apart on a scale around 100', () => {
    // 72.58 ÷ 72 × 100 = 100.8055… → 100.81 (Kota Bontang 2020, S1.1)
    expect(band(achievement(72, 72.58, 'higher').rounded, ordinal)).toBe('Melebihi Target');
    expect(band('100.00', ordinal)).toBe('Tercapai/ Sesuai Target');
    expect(band('99.99', ordinal)).toBe('Tidak Tercapai');
  });

  it('has no band without an achievement, or when no band fits', () => {
    expect(band(null, attribute)).toBeNull();
    expect(band('10', [{ from: 50, label: 'Baik' }])).toBeNull();
  });
});
