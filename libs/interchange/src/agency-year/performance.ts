import {
  achievement,
  band,
  Decimal,
  realizationValue,
  targetFor,
  VersionedConventions,
} from '@jejak/measurement';
import { Indicator, InterchangeDocument } from '../document/interchange-document';
import { planIndicators } from '../document/plan-walk';
import { PerformanceRow } from './agency-year';

/** A performance row with the unrounded achievement that efficiency is computed from. */
export interface MeasuredIndicator {
  readonly row: PerformanceRow;
  readonly unrounded: Decimal | null;
}

/** Every plan indicator with both a target and a realization in the fiscal year. */
export function measureIndicators(
  doc: InterchangeDocument,
  using: VersionedConventions,
): MeasuredIndicator[] {
  return planIndicators(doc.plan).flatMap((indicator) => {
    const measured = measureIndicator(doc, indicator, using);
    return measured ? [measured] : [];
  });
}

function measureIndicator(
  doc: InterchangeDocument,
  indicator: Indicator,
  using: VersionedConventions,
): MeasuredIndicator | null {
  const target = targetFor(indicator, doc.fiscalYear, doc.agreement);
  const entries = (doc.realizations ?? []).filter((r) => r.indicator === indicator.code);
  const realization = realizationValue(entries);
  if (target === null || realization === null) return null;
  // A plan indicator without a polarity is "more is better", as every fixture's indicators are.
  const result = achievement(target, realization, indicator.polarity ?? 'higher', using);
  const row: PerformanceRow = {
    indicator: indicator.code,
    target: target.toString(),
    realization: realization.toString(),
    achievement: result.rounded,
    band: band(result.rounded, using.conventions.achievementBands),
    conventionsVersion: result.conventionsVersion,
  };
  return { row, unrounded: result.value };
}
