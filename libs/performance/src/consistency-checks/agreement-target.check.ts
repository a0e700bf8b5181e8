import { dec } from '@jejak/measurement';
import { AgencyYearFacts, AgreementVersionFact } from '../agency-year/agency-year-facts';
import { agreementInForce } from '../indicator-performance/indicator-performance';
import { Finding } from './finding';

/** An amendment set this target: some version after the original changed it to `target`. */
const amendedTo = (versions: readonly AgreementVersionFact[], indicator: string, target: string): boolean =>
  versions.some(
    (v) =>
      v.version > 0 &&
      v.changes.targets.some(
        (c) => c.indicator === indicator && c.after !== null && dec(c.after.target).eq(target),
      ),
  );

/**
 * A PK target differs from the Renstra's target of the year without an amendment that set it: the
 * agreement restates the plan unless a documented change says otherwise (DOMAIN.md: "targets that
 * differ between two tables of one report"). The Renstra target is the one in force, revisions applied.
 */
export function agreementTargetFindings(facts: AgencyYearFacts): Finding[] {
  const agreement = agreementInForce(facts.agreement);
  if (agreement === null) return [];
  return agreement.targets.flatMap((target) => {
    const planned = facts.indicators.find((i) => i.code === target.indicator)?.targets[String(facts.year)];
    if (planned === undefined || dec(planned).eq(target.target)) return [];
    if (amendedTo(facts.agreement, target.indicator, target.target)) return [];
    return [
      {
        code: 'AGREEMENT.TARGET_DIFFERS_FROM_RENSTRA',
        severity: 'warning',
        message: `The agreement's target for ${target.indicator} is ${target.target}, the Renstra's for ${facts.year} is ${planned}, and no amendment set it`,
        refs: {
          indicator: target.indicator,
          year: facts.year,
          agreementTarget: target.target,
          renstraTarget: planned,
        },
      },
    ];
  });
}
