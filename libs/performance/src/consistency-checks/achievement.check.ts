import { dec } from '@jejak/measurement';
import { PerformanceRowView } from '../indicator-performance/indicator-performance';
import { Finding } from './finding';

/** Above this, a target was probably set too low or a realization entered in the wrong unit (issue 3). */
export const ACHIEVEMENT_CEILING = 150;

/** Achievements above 150 %: possible, but each one wants a look at its target and realization. */
export function achievementFindings(rows: readonly PerformanceRowView[]): Finding[] {
  return rows
    .filter((row) => row.achievement !== null && dec(row.achievement).gt(ACHIEVEMENT_CEILING))
    .map((row) => ({
      code: 'PERFORMANCE.ACHIEVEMENT_ABOVE_150',
      severity: 'warning',
      message: `${row.indicator} achieves ${row.achievement} % (realization ${row.realization} against target ${row.target})`,
      refs: {
        indicator: row.indicator,
        target: row.target,
        realization: row.realization,
        achievement: row.achievement,
      },
    }));
}
