import type { AgreementVersionEntity } from '@jejak/agreements';
import type { VersionedConventions } from '@jejak/measurement';
import type { BudgetItemView, IndicatorView } from '@jejak/planning';
import type { BudgetLine, RecordedRealization } from '@jejak/realization';

/*
 * What one agency-year's computed views are made from: the other contexts' read models, as their
 * query functions return them (narrowed to what is used, so specs state only that). Every
 * computation over it is a pure function of these facts and the conventions in force.
 */

/** A Renstra indicator: its definition, its targets by year, its validity and replacements. */
export type IndicatorFact = Pick<
  IndicatorView,
  'code' | 'name' | 'unit' | 'polarity' | 'targets' | 'validFrom' | 'validTo' | 'replaces' | 'replacedBy'
>;

/** A signed version of the agency's PK: version 0 the original, n after amendment n. */
export type AgreementVersionFact = Pick<AgreementVersionEntity, 'version' | 'targets' | 'budget' | 'changes'>;

/** A program, kegiatan or sub kegiatan of the Renstra in force (the hierarchy and the names). */
export type BudgetItemFact = Pick<BudgetItemView, 'code' | 'level' | 'parent' | 'name'>;

export type RealizationFact = Pick<
  RecordedRealization,
  'indicator' | 'period' | 'value' | 'numerator' | 'denominator' | 'status'
>;

export type BudgetLineFact = Pick<BudgetLine, 'code' | 'level' | 'allocation' | 'realized'>;

export interface AgencyYearFacts {
  readonly agency: string;
  readonly year: number;
  /** The Renstra's indicators in force in the year, and any other of its indicators the year names. */
  readonly indicators: readonly IndicatorFact[];
  /** The signed versions, the original first; [] when no PK is signed (a draft binds nobody). */
  readonly agreement: readonly AgreementVersionFact[];
  readonly realizations: readonly RealizationFact[];
  readonly budgetLines: readonly BudgetLineFact[];
  readonly budgetItems: readonly BudgetItemFact[];
}

/** The facts and the conventions version in force for their year. */
export interface AgencyYear {
  readonly facts: AgencyYearFacts;
  readonly conventions: VersionedConventions;
}
