import { Decimal } from './decimal';
import { ConventionsSource, DEFAULT_CONVENTIONS, resolveConventions } from './conventions';
import { BandedMeasured } from './measured';
import { round } from './rounding';
import { band } from './band';

/**
 * Efficiency of an agreement target: its achievement against the absorption of the programs that
 * fund it — ratio: achievement ÷ absorption; difference: achievement − absorption. Both inputs
 * are the UNROUNDED percentages (rounding them first can move the result by a hundredth); the
 * result is rounded, then banded by `efficiency.bands`. A ratio over zero absorption is null.
 */
export function efficiency(
  achievementValue: Decimal,
  absorptionValue: Decimal,
  using: ConventionsSource = DEFAULT_CONVENTIONS,
): BandedMeasured {
  const { conventions, version } = resolveConventions(using);
  const { method, bands } = conventions.efficiency;
  const value =
    method === 'difference'
      ? achievementValue.minus(absorptionValue)
      : absorptionValue.isZero()
        ? null
        : achievementValue.div(absorptionValue);
  const rounded = value === null ? null : round(value, conventions.rounding);
  return { value, rounded, band: band(rounded, bands), conventionsVersion: version };
}
