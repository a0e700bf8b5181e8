import { dec } from './decimal';
import { round } from './rounding';

describe('rounding', () => {
  it('prints the fixed number of decimals, trailing zeros included', () => {
    // 100 → "100.00", as reports print it
    expect(round(dec(100), { mode: 'half-up', decimals: 2 })).toBe('100.00');
  });

  it('rounds to whole percent with no decimals', () => {
    // 106.38 → 106; 106.5 → 107 half-up, 106 truncated
    expect(round(dec('106.38'), { mode: 'half-up', decimals: 0 })).toBe('106');
    expect(round(dec('106.5'), { mode: 'half-up', decimals: 0 })).toBe('107');
    expect(round(dec('106.5'), { mode: 'truncate', decimals: 0 })).toBe('106');
  });

  it('prints a negative value that rounds to nothing as zero, not minus zero', () => {
    // −0.004 → 0.00 under both modes
    expect(round(dec('-0.004'), { mode: 'truncate', decimals: 2 })).toBe('0.00');
    expect(round(dec('-0.004'), { mode: 'half-up', decimals: 2 })).toBe('0.00');
  });
});
