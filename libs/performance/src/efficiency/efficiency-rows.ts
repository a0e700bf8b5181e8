import { measureEfficiency, VersionedConventions } from '@jejak/measurement';
import { AgencyYearFacts } from '../agency-year/agency-year-facts';
import { programLines } from '../budget-absorption/budget-tree';
import { agreementInForce, measurePerformance } from '../indicator-performance/indicator-performance';

export interface EfficiencyRowView {
  readonly indicator: string;
  /** The programs whose budget funds the target; null: every program. */
  readonly fundedBy: readonly string[] | null;
  readonly achievement: string;
  /** Of the funding programs taken together. */
  readonly absorption: string;
  /** achievement ÷ absorption (ratio) or achievement − absorption (difference), from unrounded values. */
  readonly value: string;
  readonly band: string | null;
  readonly conventionsVersion: number;
}

export interface EfficiencyView {
  readonly agency: string;
  readonly year: number;
  readonly conventionsVersion: number;
  readonly method: VersionedConventions['conventions']['efficiency']['method'];
  readonly rows: readonly EfficiencyRowView[];
}

/** A row per target of the PK in force that has an achievement and a funding absorption. */
export function efficiencyView(facts: AgencyYearFacts, using: VersionedConventions): EfficiencyView {
  const targets = agreementInForce(facts.agreement)?.targets ?? [];
  const measured = measurePerformance(facts, using).map((row) => row.measured);
  const rows = measureEfficiency(targets, measured, programLines(facts), using);
  return {
    agency: facts.agency,
    year: facts.year,
    conventionsVersion: using.version,
    method: using.conventions.efficiency.method,
    rows: rows.map((row) => ({
      indicator: row.indicator,
      fundedBy: targets.find((t) => t.indicator === row.indicator)?.fundedBy ?? null,
      achievement: row.achievement,
      absorption: row.absorption,
      value: row.value,
      band: row.band,
      conventionsVersion: using.version,
    })),
  };
}
