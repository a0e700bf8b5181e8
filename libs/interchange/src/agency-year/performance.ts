import { MeasuredIndicator, measureIndicator, VersionedConventions } from '@jejak/measurement';
import { InterchangeDocument } from '../document/interchange-document';
import { planIndicators } from '../document/plan-walk';

/** Every plan indicator with both a target and a realization in the fiscal year. */
export function measureIndicators(
  doc: InterchangeDocument,
  using: VersionedConventions,
): MeasuredIndicator[] {
  return planIndicators(doc.plan).flatMap((indicator) => {
    const entries = (doc.realizations ?? []).filter((r) => r.indicator === indicator.code);
    const measured = measureIndicator(indicator, doc.fiscalYear, doc.agreement, entries, using);
    return measured ? [measured] : [];
  });
}
