import { achievement } from './achievement';
import { DEFAULT_CONVENTIONS, mergeConventions } from './conventions';

const halfUp = DEFAULT_CONVENTIONS; // half-up, 2 decimals
const truncate = mergeConventions({ rounding: { mode: 'truncate' } });
const targetOverRealization = mergeConventions({ lowerIsBetter: 'target-over-realization' });

describe('achievement (capaian)', () => {
  it('is realization ÷ target × 100 when higher is better', () => {
    // 279 ÷ 254 × 100 = 109.84251… → 109.84 (Kota Dumai 2024, S1.1)
    expect(achievement(254, 279, 'higher').rounded).toBe('109.84');
  });

  it('is (2 × target − realization) ÷ target × 100 for lower-is-better by default', () => {
    // (2 × 10 − 8) ÷ 10 × 100 = 120
    expect(achievement(10, 8, 'lower').rounded).toBe('120.00');
  });

  it('goes negative under two-target-minus-realization when realization exceeds twice the target', () => {
    // (2 × 10 − 25) ÷ 10 × 100 = −50
    expect(achievement(10, 25, 'lower').rounded).toBe('-50.00');
  });

  it('is target ÷ realization × 100 for lower-is-better under target-over-realization', () => {
    // 10 ÷ 8 × 100 = 125
    expect(achievement(10, 8, 'lower', targetOverRealization).rounded).toBe('125.00');
  });

  it('has no value for a zero target, under every formula', () => {
    expect(achievement(0, 5, 'higher')).toMatchObject({ value: null, rounded: null });
    expect(achievement(0, 5, 'lower')).toMatchObject({ value: null, rounded: null });
    expect(achievement(0, 5, 'lower', targetOverRealization)).toMatchObject({ value: null, rounded: null });
  });

  it('has no value for a zero realization under target-over-realization', () => {
    expect(achievement(10, 0, 'lower', targetOverRealization).value).toBeNull();
  });

  it('is 0 for a zero realization when higher is better (zero is a result, unlike pending)', () => {
    // 0 ÷ 1 × 100 = 0 (Kota Dumai 2024, SK2.1.3.1)
    expect(achievement(1, 0, 'higher').rounded).toBe('0.00');
  });

  it('keeps the unrounded value for later computations', () => {
    expect(achievement(254, 279, 'higher').value?.toFixed(6)).toBe('109.842520');
  });

  it('rounds a tie half up, and truncation drops it', () => {
    // 219.69 ÷ 200 × 100 = 109.845 exactly → half-up 109.85, truncate 109.84
    expect(achievement(200, 219.69, 'higher', halfUp).rounded).toBe('109.85');
    expect(achievement(200, 219.69, 'higher', truncate).rounded).toBe('109.84');
  });

  it('truncates a negative achievement toward zero, and rounds its tie away from zero', () => {
    // (2 × 3 − 8) ÷ 3 × 100 = −66.666… → truncate −66.66, half-up −66.67
    expect(achievement(3, 8, 'lower', truncate).rounded).toBe('-66.66');
    expect(achievement(3, 8, 'lower', halfUp).rounded).toBe('-66.67');
  });

  it('rounds to the number of decimals the conventions state', () => {
    // 109.84251… to 1 decimal = 109.8, as the Kota Dumai report prints its IKU
    const oneDecimal = mergeConventions({ rounding: { decimals: 1 } });
    expect(achievement(254, 279, 'higher', oneDecimal).rounded).toBe('109.8');
  });

  it('cites the conventions version it was computed with', () => {
    const v3 = { version: 3, fromFiscalYear: 2024, conventions: truncate };
    expect(achievement(254, 279, 'higher', v3).conventionsVersion).toBe(3);
    expect(achievement(254, 279, 'higher', truncate).conventionsVersion).toBeNull();
  });
});
