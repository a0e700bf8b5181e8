import { achievement } from './achievement';
import { combinedAbsorption } from './absorption';
import { mergeConventions } from './conventions';
import { efficiency } from './efficiency';

const difference = mergeConventions({
  efficiency: {
    method: 'difference',
    bands: [
      { from: 0, label: 'Efisien' },
      { from: null, label: 'Tidak Efisien' },
    ],
  },
});

describe('efficiency', () => {
  it('is achievement ÷ absorption by ratio, banded from 1', () => {
    // (279 ÷ 254 × 100) ÷ (1 587 860 320 ÷ 2 069 119 802 × 100) = 109.8425… ÷ 76.7408… = 1.4313… → 1.43
    const capaian = achievement(254, 279, 'higher').value!;
    const penyerapan = combinedAbsorption([{ allocation: 2069119802n, realized: 1587860320n }]).value!;
    expect(efficiency(capaian, penyerapan)).toMatchObject({ rounded: '1.43', band: 'Efisien' });
  });

  it('is achievement − absorption by difference, from the unrounded values', () => {
    // 72.58 ÷ 72 × 100 − 5 334 766 655 ÷ 5 429 689 056 × 100 = 100.8055… − 98.2517… = 2.5537… → 2.55
    // (the rounded 100.81 − 98.25 would give 2.56: the rule takes unrounded inputs; Kota Bontang 2020)
    const capaian = achievement(72, 72.58, 'higher').value!;
    const penyerapan = combinedAbsorption([{ allocation: 5429689056n, realized: 5334766655n }]).value!;
    expect(efficiency(capaian, penyerapan, difference)).toMatchObject({ rounded: '2.55', band: 'Efisien' });
  });

  it('falls in the lower band below the threshold', () => {
    // 80 ÷ 90 = 0.888… → 0.89, below 1
    const result = efficiency(achievement(100, 80, 'higher').value!, achievement(100, 90, 'higher').value!);
    expect(result).toMatchObject({ rounded: '0.89', band: 'Tidak Efisien' });
  });

  it('has no ratio against zero absorption', () => {
    const zero = combinedAbsorption([{ allocation: 100n, realized: 0n }]).value!;
    expect(efficiency(achievement(1, 1, 'higher').value!, zero)).toMatchObject({ value: null, band: null });
  });
});
