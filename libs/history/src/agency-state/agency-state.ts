import type { VersionedConventions } from '@jejak/measurement';
import {
  AgencyYearFacts,
  BudgetView,
  EfficiencyView,
  PerformanceRowView,
  budgetView,
  efficiencyView,
  performanceView,
} from '@jejak/performance';
import { AsOf, Axis, HeldBackEvent } from '../domain/as-of';
import { AgreementAsOf, agreementFacts } from './agreement-as-of';
import { LedgerAsOf, ledgerFacts } from './ledger-as-of';
import { PlanAsOf, planFacts } from './plan-as-of';

/** The computed numbers of the year as they were: libs/measurement's, by the conventions then in force. */
export interface ComputedAsOf {
  readonly conventionsVersion: number;
  readonly performance: readonly PerformanceRowView[];
  readonly budget: Pick<BudgetView, 'programs' | 'total'>;
  readonly efficiency: Pick<EfficiencyView, 'method' | 'rows'>;
}

/** An agency-year as it was at an instant, on one axis, folded from the log itself. */
export interface AgencyStateView {
  readonly tenant: string;
  readonly agency: string;
  readonly year: number;
  readonly axis: Axis;
  readonly asOf: string;
  /** The Renstra in force for the year; null when none was (adopted) by then. */
  readonly plan: PlanAsOf | null;
  readonly agreement: AgreementAsOf | null;
  readonly realizations: LedgerAsOf | null;
  /** The conventions version in force for the year (version 0: the platform defaults). */
  readonly conventions: VersionedConventions;
  readonly computed: ComputedAsOf;
  /** Effective axis: events in force by the instant that build on one that was not (see foldAsOf). */
  readonly heldBack: readonly HeldBackEvent[];
  readonly eventsFolded: number;
}

export interface AgencyStateParts {
  readonly tenant: string;
  readonly agency: string;
  readonly year: number;
  readonly asOf: AsOf;
  readonly plan: PlanAsOf | null;
  readonly agreement: AgreementAsOf | null;
  readonly realizations: LedgerAsOf | null;
  readonly conventions: VersionedConventions;
  readonly heldBack: readonly HeldBackEvent[];
  readonly eventsFolded: number;
}

/**
 * The views of @jejak/performance over the folded facts: the same code computes today's numbers
 * from the read models, so a state as of now and the performance views agree.
 */
function computed(facts: AgencyYearFacts, using: VersionedConventions): ComputedAsOf {
  const budget = budgetView(facts, using);
  const efficiency = efficiencyView(facts, using);
  return {
    conventionsVersion: using.version,
    performance: performanceView(facts, using).rows,
    budget: { programs: budget.programs, total: budget.total },
    efficiency: { method: efficiency.method, rows: efficiency.rows },
  };
}

export function agencyState(parts: AgencyStateParts): AgencyStateView {
  const { tenant, agency, year, asOf, plan, agreement, realizations, conventions } = parts;
  const facts: AgencyYearFacts = {
    agency,
    year,
    ...planFacts(plan),
    agreement: agreementFacts(agreement),
    ...ledgerFacts(realizations),
  };
  return {
    tenant,
    agency,
    year,
    axis: asOf.axis,
    asOf: asOf.at.toISOString(),
    plan,
    agreement,
    realizations,
    conventions,
    computed: computed(facts, conventions),
    heldBack: parts.heldBack,
    eventsFolded: parts.eventsFolded,
  };
}
