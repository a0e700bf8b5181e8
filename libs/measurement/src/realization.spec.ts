import { realizationValue } from './realization';

describe('realization in a fiscal year', () => {
  it('is the FY entry when there is one', () => {
    expect(
      realizationValue([
        { period: 'Q4', value: 270 },
        { period: 'FY', value: 279 },
      ])?.toString(),
    ).toBe('279');
  });

  it('is the Q4 entry when there is no FY entry', () => {
    expect(
      realizationValue([
        { period: 'Q1', value: 10 },
        { period: 'Q4', value: 40 },
      ])?.toString(),
    ).toBe('40');
  });

  it('has no value with only Q1–Q3 entries', () => {
    expect(realizationValue([{ period: 'Q2', value: 10 }])).toBeNull();
  });

  it('computes numerator ÷ denominator × 100', () => {
    // 1452 ÷ 1693 × 100 = 85.764914… (Kota Dumai 2023, OLD.1)
    expect(realizationValue([{ period: 'FY', numerator: 1452, denominator: 1693 }])?.toFixed(4)).toBe(
      '85.7649',
    );
  });

  it('has no value when pending: pending is not zero', () => {
    expect(realizationValue([{ period: 'FY', value: null, status: 'pending' }])).toBeNull();
  });

  it('does not fall back to Q4 when the FY entry is pending', () => {
    expect(
      realizationValue([
        { period: 'Q4', value: 40 },
        { period: 'FY', status: 'pending' },
      ]),
    ).toBeNull();
  });

  it('keeps a reported zero as zero', () => {
    expect(realizationValue([{ period: 'FY', value: 0 }])?.isZero()).toBe(true);
  });

  it('reads decimal strings exactly', () => {
    expect(realizationValue([{ period: 'FY', value: '77.3' }])?.toString()).toBe('77.3');
  });
});
