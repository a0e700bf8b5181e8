/*
 * An interchange document (test/fixtures/*.json) as the facts the read models would hold once it
 * is imported, for the pure specs of this context: the same numbers the e2e suite reads over HTTP.
 */
import { InterchangeDocument, planIndicators } from '@jejak/interchange';
import { agreementVersions, AgreementVersion } from '@jejak/measurement';
import type { AgreementTarget } from '@jejak/agreements';
import {
  AgencyYearFacts,
  AgreementVersionFact,
  BudgetItemFact,
  IndicatorFact,
} from '../agency-year/agency-year-facts';

const decimal = (value: number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

function indicatorFacts(doc: InterchangeDocument): IndicatorFact[] {
  const all = planIndicators(doc.plan);
  return all.map((i) => ({
    code: i.code,
    name: i.name,
    unit: i.unit ?? null,
    polarity: i.polarity ?? 'higher',
    targets: Object.fromEntries(
      Object.entries(i.targets ?? {}).flatMap(([year, t]) => (t === null ? [] : [[year, String(t)]])),
    ),
    validFrom: doc.plan.period.from,
    validTo: doc.plan.period.to,
    replaces: [...(i.replaces ?? [])],
    replacedBy: all.filter((other) => other.replaces?.includes(i.code)).map((other) => other.code),
  }));
}

const targetsOf = (version: AgreementVersion): AgreementTarget[] =>
  version.targets.map((t) => ({
    indicator: t.indicator,
    target: String(t.target),
    fundedBy: t.fundedBy ?? null,
  }));

/** The signed versions, with the target lines each amendment changed (what the checks read). */
function agreementFacts(doc: InterchangeDocument): AgreementVersionFact[] {
  if (!doc.agreement) return [];
  const versions = agreementVersions(doc.agreement);
  return versions.map((version, n) => {
    const before = n === 0 ? [] : targetsOf(versions[n - 1]);
    const changed = targetsOf(version).filter(
      (t) => n > 0 && before.find((b) => b.indicator === t.indicator)?.target !== t.target,
    );
    return {
      version: n,
      targets: targetsOf(version),
      budget: version.budget.map((b) => ({ program: b.program, amount: String(b.amount) })),
      changes: {
        targets: changed.map((t) => ({
          indicator: t.indicator,
          before: null,
          after: { target: t.target, fundedBy: t.fundedBy },
        })),
        budget: [],
      },
    };
  });
}

function budgetItems(doc: InterchangeDocument): BudgetItemFact[] {
  return (doc.plan.programs ?? []).flatMap((p) => [
    { code: p.code, level: 'program' as const, parent: null, name: p.name },
    ...(p.activities ?? []).flatMap((a) => [
      { code: a.code, level: 'activity' as const, parent: p.code, name: a.name },
      ...(a.subActivities ?? []).map((s) => ({
        code: s.code,
        level: 'subActivity' as const,
        parent: a.code,
        name: s.name,
      })),
    ]),
  ]);
}

export function documentFacts(doc: InterchangeDocument): AgencyYearFacts {
  const items = budgetItems(doc);
  return {
    agency: doc.agency.code,
    year: doc.fiscalYear,
    indicators: indicatorFacts(doc),
    agreement: agreementFacts(doc),
    realizations: (doc.realizations ?? []).map((r) => ({
      indicator: r.indicator,
      period: r.period,
      value: decimal(r.value),
      numerator: decimal(r.numerator),
      denominator: decimal(r.denominator),
      status: r.status === 'pending' ? 'pending' : 'reported',
    })),
    budgetLines: (doc.budgetRealizations ?? []).map((line) => ({
      code: line.code,
      level: items.find((item) => item.code === line.code)?.level ?? 'program',
      allocation: BigInt(line.allocation),
      realized: BigInt(line.realized),
    })),
    budgetItems: items,
  };
}
