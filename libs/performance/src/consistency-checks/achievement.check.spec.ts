import { conventionsV3, facts, indicator, reported } from '../testing/agency-year.spec-data';
import { performanceView } from '../indicator-performance/indicator-performance';
import { achievementFindings } from './achievement.check';

// Kota Dumai 2024: P3.1 6 → 10.3 is 171.67 %; SK1.2.1.1 34 → 33 is 97.06 %.
const rows = performanceView(
  facts({
    indicators: [indicator('P3.1', { '2024': '6' }), indicator('SK1.2.1.1', { '2024': '34' })],
    realizations: [reported('P3.1', '10.3'), reported('SK1.2.1.1', '33')],
  }),
  conventionsV3,
).rows;

describe('the achievement check', () => {
  it('finds achievements above 150 %', () => {
    expect(achievementFindings(rows)).toEqual([
      expect.objectContaining({
        code: 'PERFORMANCE.ACHIEVEMENT_ABOVE_150',
        severity: 'warning',
        refs: { indicator: 'P3.1', target: '6', realization: '10.3', achievement: '171.67' },
      }),
    ]);
  });

  it('leaves 150 % itself, and rows without an achievement, alone', () => {
    const at150 = { ...rows[0], achievement: '150.00' };
    const none = { ...rows[0], achievement: null, band: null };
    expect(achievementFindings([at150, none])).toEqual([]);
  });
});
