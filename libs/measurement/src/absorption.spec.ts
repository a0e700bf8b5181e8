import { absorption, combinedAbsorption, sumRupiah } from './absorption';
import { mergeConventions } from './conventions';

const truncate = mergeConventions({ rounding: { mode: 'truncate' } });

describe('absorption (penyerapan)', () => {
  it('is realized ÷ allocation × 100, rounded', () => {
    // 6 095 908 933 ÷ 6 357 723 118 × 100 = 95.882… → 95.88 (Kota Dumai 2024, 5.03.01)
    expect(absorption(6095908933n, 6357723118n).rounded).toBe('95.88');
  });

  it('rounds half up by default where truncation would print one hundredth less', () => {
    // 141 160 000 ÷ 178 918 404 × 100 = 78.896… → 78.90 half-up, 78.89 truncated (5.04.02)
    expect(absorption(141160000n, 178918404n).rounded).toBe('78.90');
    expect(absorption(141160000n, 178918404n, truncate).rounded).toBe('78.89');
  });

  it('has no value for a zero allocation', () => {
    expect(absorption(0n, 0n)).toMatchObject({ value: null, rounded: null });
  });

  it('is exact for amounts beyond 2^53', () => {
    // (10^20 − 1) ÷ 10^20 × 100 = 99.999…999 → truncated 99.99; in binary floating point
    // 10^20 − 1 is 10^20, which would give 100.00
    const allocation = 10n ** 20n;
    expect(absorption(allocation - 1n, allocation, truncate).rounded).toBe('99.99');
    expect(absorption(allocation - 1n, allocation).rounded).toBe('100.00');
  });

  it('sums rupiah exactly beyond 2^53', () => {
    // 2^53 + 1 = 9 007 199 254 740 993, which a JS number cannot hold
    expect(sumRupiah([2n ** 53n, 1n])).toBe(9007199254740993n);
  });

  it('takes lines together as sum realized ÷ sum allocation, not an average of percentages', () => {
    // (1 446 700 320 + 141 160 000) ÷ (1 890 201 398 + 178 918 404) × 100
    //   = 1 587 860 320 ÷ 2 069 119 802 × 100 = 76.7408… → 76.74 (Kota Dumai 2024, S1.1's programs)
    const combined = combinedAbsorption([
      { allocation: 1890201398n, realized: 1446700320n },
      { allocation: 178918404n, realized: 141160000n },
    ]);
    expect(combined).toMatchObject({ allocation: 2069119802n, realized: 1587860320n, rounded: '76.74' });
  });
});
